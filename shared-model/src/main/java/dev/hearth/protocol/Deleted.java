package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * A message was deleted by its author, sent to everyone in its conversation; {@code room} present
 * when the message is in a room (protocol 1.1).
 */
public record Deleted(String room, String mid, String from,
                      @JsonSerialize(using = Timestamps.Serializer.class)
                      @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                      String id) implements Envelope {
    public static final String TYPE = "deleted";

    public Deleted {
        Ids.check(id);
        MessageIds.checkPresent(mid, "mid", TYPE);
        Require.present(from, "\"deleted\" needs \"from\"");
        Require.present(ts, "\"deleted\" needs \"ts\"");
    }
}
