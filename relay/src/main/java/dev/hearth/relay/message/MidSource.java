package dev.hearth.relay.message;

import dev.hearth.protocol.MessageIds;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Message ids (protocol 1.1) unique for the life of the relay process and never reused by a later
 * start: a random prefix drawn at start (66 bits, so two starts share one with negligible odds)
 * and a counter. At most 24 characters from {@code [A-Za-z0-9_-]}.
 *
 * <p>Guarded by the router lock.
 */
public final class MidSource {
    private static final int PREFIX_BYTES = 9; // 12 base64url characters, no padding

    private final String prefix;
    private long counter;

    public MidSource() {
        this(new SecureRandom());
    }

    MidSource(RandomGenerator random) {
        byte[] bytes = new byte[PREFIX_BYTES];
        random.nextBytes(bytes);
        this.prefix = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String next() {
        String mid = prefix + Long.toString(++counter, 36);
        assert MessageIds.fits(mid) : mid;
        return mid;
    }
}
