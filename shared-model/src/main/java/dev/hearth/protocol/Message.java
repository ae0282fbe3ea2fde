package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * A room message as the relay delivers it: to every member, the sender included (its
 * acknowledgement), and in a joining member's backlog. {@code seq} rises by one per room.
 */
public record Message(String room, Long seq,
                      @JsonSerialize(using = Timestamps.Serializer.class)
                      @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                      String from, String text, String id) implements Envelope {
    public static final String TYPE = "message";

    public Message {
        Ids.check(id);
        Require.present(room, "\"message\" needs \"room\"");
        Require.present(seq, "\"message\" needs \"seq\"");
        Require.notNegative(seq, "\"message\" needs \"seq\" of 0 or more");
        Require.present(ts, "\"message\" needs \"ts\"");
        Require.present(from, "\"message\" needs \"from\"");
        // No rule for text: protocol 1.1 will send a deleted message without it, and a 1.0 client
        // must still read that message rather than answer it as malformed.
    }

    @Override
    public String toString() {
        return "Message[room=" + room + ", seq=" + seq + ", ts=" + ts + ", from=" + from
                + ", text=(" + (text == null ? 0 : text.length()) + " chars), id=" + id + "]";
    }
}
