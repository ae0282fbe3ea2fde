package dev.hearth.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * A direct message. A client sends {@code to} and {@code text} (and, protocol 1.1, the
 * {@code reply} it answers); the relay delivers it with {@code from}, {@code ts} and its
 * {@code mid} to both the recipient and the sender (its acknowledgement). A copy replayed after
 * its author deleted it has no text and {@code "deleted":true}.
 */
public record Dm(String from, String to, String text,
                 @JsonSerialize(using = Timestamps.Serializer.class)
                 @JsonDeserialize(using = Timestamps.Deserializer.class) Instant ts,
                 String mid, String reply, Boolean deleted, FileInfo file, String id) implements Envelope {
    public static final String TYPE = "dm";

    public Dm {
        Ids.check(id);
        Require.present(to, "this request needs \"to\": a nick");
        // A replayed dm whose author deleted it since has lost its text (protocol 1.1).
        // A file's caption may be empty (protocol 1.1).
        if (!Boolean.TRUE.equals(deleted) && !(file != null && (text == null || text.isEmpty()))) {
            Require.text(text);
        }
        MessageIds.checkIfPresent(mid, "mid");
        MessageIds.checkIfPresent(reply, "reply");
    }

    /** A dm as protocol version 1 has it: no mid, no reply. */
    public Dm(String from, String to, String text, Instant ts, String id) {
        this(from, to, text, ts, null, null, null, null, id);
    }

    /** A dm without a file. */
    public Dm(String from, String to, String text, Instant ts, String mid, String reply, Boolean deleted, String id) {
        this(from, to, text, ts, mid, reply, deleted, null, id);
    }

    /** The same dm carrying another request id (or none). */
    public Dm withId(String newId) {
        return new Dm(from, to, text, ts, mid, reply, deleted, file, newId);
    }

    @Override
    public String toString() {
        return "Dm[from=" + from + ", to=" + to + ", text=(" + (text == null ? 0 : text.length())
                + " chars), ts=" + ts + ", mid=" + mid + ", reply=" + reply + (Boolean.TRUE.equals(deleted) ? ", deleted" : "")
                + (file == null ? "" : ", " + file) + ", id=" + id + "]";
    }
}
