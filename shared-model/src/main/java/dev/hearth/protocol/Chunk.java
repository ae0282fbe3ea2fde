package dev.hearth.protocol;

/**
 * Bytes of a file (protocol 1.1): uploaded by its sender in order, and sent by the relay to
 * answer a {@link Fetch}. {@code i} counts chunks of {@link ProtocolDefaults#CHUNK_BYTES}. Whether
 * {@code data} is base64 and of the right length is the relay's to judge: a bad chunk fails the
 * upload ({@code upload-failed}), it is not a malformed line.
 */
public record Chunk(String blob, Long i, String data, String id) implements Envelope {
    public static final String TYPE = "chunk";

    public Chunk {
        Ids.check(id);
        Require.present(blob, "\"chunk\" needs \"blob\"");
        Require.present(i, "\"chunk\" needs \"i\"");
        Require.notNegative(i, "\"chunk\" needs \"i\" of 0 or more");
        Require.present(data, "\"chunk\" needs \"data\"");
    }

    /** Sizes only: the data is file content. */
    @Override
    public String toString() {
        return "Chunk[blob=" + blob + ", i=" + i + ", " + data.length() + " chars, id=" + id + "]";
    }
}
