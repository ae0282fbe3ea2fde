package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/** A member joined, left or was renamed ({@code from} holds the old nick) in a room. */
public record Presence(String room, String nick, String event, String from,
                       @JsonSerialize(using = Timestamps.Serializer.class)
                       @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts) implements Envelope {
    public static final String TYPE = "presence";
    public static final String JOIN = "join";
    public static final String LEAVE = "leave";
    public static final String RENAME = "rename";

    public Presence {
        Require.present(room, "\"presence\" needs \"room\"");
        Require.present(nick, "\"presence\" needs \"nick\"");
        Require.present(event, "\"presence\" needs \"event\"");
        Require.present(ts, "\"presence\" needs \"ts\"");
        if (RENAME.equals(event)) {
            Require.present(from, "a \"rename\" presence needs \"from\": the old nick");
        }
    }

    /** Presence answers no request. */
    @Override
    public String id() {
        return null;
    }
}
