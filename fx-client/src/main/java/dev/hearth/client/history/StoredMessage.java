package dev.hearth.client.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message as this computer keeps it: its latest text, or none once deleted, and what
 * happened to it since (edit, reactions).
 *
 * @param mid       the relay's message id (protocol 1.1), or null from an older relay
 * @param seq       the room's number, or null for a direct message
 * @param text      the latest text; null once deleted
 * @param reply     the mid this message answers, or null
 * @param edited    when it was last edited, or null
 * @param reactions emoji to the nicks that reacted with it, in the order they did
 * @param file      the file it carries (protocol 1.1), or null; none once deleted
 */
public record StoredMessage(String mid, Long seq, Instant ts, String from, String text, boolean own, String reply,
                            Instant edited, boolean deleted, Map<String, List<String>> reactions, StoredFile file) {

    public StoredMessage {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(from, "from");
        if (deleted) {
            text = null;
            reactions = Map.of();
            file = null;
        } else {
            Objects.requireNonNull(text, "text");
        }
        reactions = reactions == null ? Map.of() : copyInOrder(reactions);
    }

    /** A message without a file. */
    public StoredMessage(String mid, Long seq, Instant ts, String from, String text, boolean own, String reply,
                         Instant edited, boolean deleted, Map<String, List<String>> reactions) {
        this(mid, seq, ts, from, text, own, reply, edited, deleted, reactions, null);
    }

    /** A message as it first arrives. */
    public static StoredMessage sent(String mid, Long seq, Instant ts, String from, String text, boolean own, String reply) {
        return new StoredMessage(mid, seq, ts, from, text, own, reply, null, false, Map.of(), null);
    }

    /** This message carrying {@code carried} (null: none). */
    public StoredMessage withFile(StoredFile carried) {
        return new StoredMessage(mid, seq, ts, from, text, own, reply, edited, deleted, reactions, carried);
    }

    private static Map<String, List<String>> copyInOrder(Map<String, List<String>> reactions) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        reactions.forEach((emoji, nicks) -> {
            if (!nicks.isEmpty()) {
                copy.put(emoji, List.copyOf(nicks));
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "StoredMessage[mid=" + mid + ", seq=" + seq + ", from=" + from
                + (deleted ? ", deleted" : ", text=(" + text.length() + " chars)") + (file == null ? "" : ", " + file) + "]";
    }
}
