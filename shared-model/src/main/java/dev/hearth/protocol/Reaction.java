package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * Someone's reaction turned on or off, sent to everyone in the message's conversation, the
 * reactor included; {@code room} is present when the message is in a room (protocol 1.1).
 */
public record Reaction(String room, String mid, String from, String emoji, Boolean on,
                       @JsonSerialize(using = Timestamps.Serializer.class)
                       @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                       String id) implements Envelope {
    public static final String TYPE = "reaction";

    public Reaction {
        Ids.check(id);
        MessageIds.checkPresent(mid, "mid", TYPE);
        Require.present(from, "\"reaction\" needs \"from\"");
        Require.present(emoji, "\"reaction\" needs \"emoji\"");
        Require.present(on, "\"reaction\" needs \"on\"");
        Require.present(ts, "\"reaction\" needs \"ts\"");
    }
}
