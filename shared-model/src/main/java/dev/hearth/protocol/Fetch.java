package dev.hearth.protocol;

/**
 * Asks for the bytes of a file from {@code from} on, at most {@code max} of them (protocol 1.1).
 * The relay answers with {@link Chunk}s, then {@link Fetched}.
 */
public record Fetch(String blob, Long from, Long max, String id) implements Envelope {
    public static final String TYPE = "fetch";

    public Fetch {
        Ids.check(id);
        Require.present(blob, "\"fetch\" needs \"blob\"");
        Require.present(from, "\"fetch\" needs \"from\"");
        Require.present(max, "\"fetch\" needs \"max\"");
        if (from < 0 || from % ProtocolDefaults.CHUNK_BYTES != 0) {
            throw new IllegalArgumentException("\"from\" must be 0 or a multiple of " + ProtocolDefaults.CHUNK_BYTES);
        }
        if (max < 1 || max > ProtocolDefaults.MAX_FETCH_BYTES) {
            throw new IllegalArgumentException("\"max\" must be 1 to " + ProtocolDefaults.MAX_FETCH_BYTES);
        }
    }
}
