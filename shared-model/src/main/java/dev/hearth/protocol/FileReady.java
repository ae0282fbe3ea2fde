package dev.hearth.protocol;

/** The relay took a {@link FileOffer}: upload its bytes as {@link Chunk}s into {@code blob} (protocol 1.1). */
public record FileReady(String blob, String id) implements Envelope {
    public static final String TYPE = "file-ready";

    public FileReady {
        Ids.check(id);
        Require.present(blob, "\"file-ready\" needs \"blob\"");
    }
}
