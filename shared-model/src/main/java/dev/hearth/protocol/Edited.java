package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * A message's new text, sent to everyone in its conversation, the author included; {@code ts} is
 * the time of the edit, {@code room} present when the message is in a room (protocol 1.1).
 */
public record Edited(String room, String mid, String from, String text,
                     @JsonSerialize(using = Timestamps.Serializer.class)
                     @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                     String id) implements Envelope {
    public static final String TYPE = "edited";

    public Edited {
        Ids.check(id);
        MessageIds.checkPresent(mid, "mid", TYPE);
        Require.present(from, "\"edited\" needs \"from\"");
        Require.present(text, "\"edited\" needs \"text\"");
        Require.present(ts, "\"edited\" needs \"ts\"");
    }

    @Override
    public String toString() {
        return "Edited[room=" + room + ", mid=" + mid + ", from=" + from + ", text=(" + (text == null ? 0 : text.length())
                + " chars), ts=" + ts + ", id=" + id + "]";
    }
}
