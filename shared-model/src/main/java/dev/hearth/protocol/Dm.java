package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * A direct message. A client sends {@code to} and {@code text}; the relay delivers it with
 * {@code from} and {@code ts} to both the recipient and the sender (its acknowledgement).
 */
public record Dm(String from, String to, String text,
                 @JsonSerialize(using = Timestamps.Serializer.class)
                 @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                 String id) implements Envelope {
    public static final String TYPE = "dm";

    public Dm {
        Ids.check(id);
        Require.present(to, "this request needs \"to\": a nick");
        Require.text(text);
    }

    @Override
    public String toString() {
        return "Dm[from=" + from + ", to=" + to + ", text=(" + (text == null ? 0 : text.length())
                + " chars), ts=" + ts + ", id=" + id + "]";
    }
}
