package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A room message as the relay delivers it: to every member, the sender included (its
 * acknowledgement), and in a joining member's backlog. {@code seq} rises by one per room.
 *
 * <p>Protocol 1.1 adds its {@code mid}, the {@code reply} it answers, and, in a backlog, the state
 * it shows now: {@code edited} (the time of the last edit, with the latest text), its
 * {@code reactions} (emoji to nicks, in the order they reacted) or {@code deleted} (no text); and
 * the {@code file} it carries, its text then being the caption (possibly empty).
 */
public record Message(String room, Long seq,
                      @JsonSerialize(using = Timestamps.Serializer.class)
                      @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                      String from, String text, String mid, String reply,
                      @JsonSerialize(using = Timestamps.Serializer.class)
                      @JsonDeserialize(using = Timestamps.Deserializer.class) Instant edited,
                      Map<String, List<String>> reactions, Boolean deleted, FileInfo file, String id) implements Envelope {
    public static final String TYPE = "message";

    public Message {
        Ids.check(id);
        Require.present(room, "\"message\" needs \"room\"");
        Require.present(seq, "\"message\" needs \"seq\"");
        Require.notNegative(seq, "\"message\" needs \"seq\" of 0 or more");
        Require.present(ts, "\"message\" needs \"ts\"");
        Require.present(from, "\"message\" needs \"from\"");
        // No rule for text: a deleted message arrives without it, and a 1.0 client must still read
        // that message rather than answer it as malformed.
        MessageIds.checkIfPresent(mid, "mid");
        MessageIds.checkIfPresent(reply, "reply");
        reactions = Reactions.copy(reactions);
    }

    /** A message as protocol version 1 has it: no mid, reply or state. */
    public Message(String room, Long seq, Instant ts, String from, String text, String id) {
        this(room, seq, ts, from, text, null, null, null, null, null, null, id);
    }

    /** A message without a file. */
    public Message(String room, Long seq, Instant ts, String from, String text, String mid, String reply, Instant edited,
            Map<String, List<String>> reactions, Boolean deleted, String id) {
        this(room, seq, ts, from, text, mid, reply, edited, reactions, deleted, null, id);
    }

    /** The same message carrying another request id (or none). */
    public Message withId(String newId) {
        return new Message(room, seq, ts, from, text, mid, reply, edited, reactions, deleted, file, newId);
    }

    public boolean showsDeleted() {
        return Boolean.TRUE.equals(deleted);
    }

    @Override
    public String toString() {
        return "Message[room=" + room + ", seq=" + seq + ", ts=" + ts + ", from=" + from
                + ", text=(" + (text == null ? 0 : text.length()) + " chars), mid=" + mid + ", reply=" + reply
                + (edited == null ? "" : ", edited=" + edited) + (reactions == null ? "" : ", reactions=" + reactions.size())
                + (showsDeleted() ? ", deleted" : "") + (file == null ? "" : ", " + file) + ", id=" + id + "]";
    }

    /** Reactions as the wire has them: emoji in first-reaction order, each with its nicks in order. */
    static final class Reactions {
        private Reactions() {}

        static Map<String, List<String>> copy(Map<String, List<String>> reactions) {
            if (reactions == null) {
                return null;
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            reactions.forEach((emoji, nicks) -> {
                Require.present(emoji, "\"reactions\" holds an empty emoji");
                Require.present(nicks, "\"reactions\" needs a list of nicks for each emoji");
                copy.put(emoji, List.copyOf(nicks));
            });
            return Collections.unmodifiableMap(copy);
        }
    }
}
