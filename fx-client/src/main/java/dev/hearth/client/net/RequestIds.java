package dev.hearth.client.net;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids for {@code say}/{@code dm}: a random prefix per client plus a counter. Unique
 * across sessions, so an echo in a re-joined room's backlog can be matched to the message it
 * confirms, and unguessable enough that nobody else's line collides with ours by accident.
 */
final class RequestIds {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    RequestIds() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder("h");
        for (int i = 0; i < 10; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.prefix = out.append('-').toString();
    }

    String next() {
        return prefix + counter.incrementAndGet();
    }

    boolean isOurs(String id) {
        return id != null && id.startsWith(prefix);
    }
}
