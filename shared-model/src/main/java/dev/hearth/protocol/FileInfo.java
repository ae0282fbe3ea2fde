package dev.hearth.protocol;

/**
 * The file a {@code message} or {@code dm} carries (protocol 1.1): the blob to fetch it by, and
 * what its sender offered. {@code thumb} is optional.
 */
public record FileInfo(String blob, String name, String mime, Long size, String sha256, String thumb) {
    public FileInfo {
        Require.present(blob, "\"file\" needs \"blob\"");
        FileRules.name(name);
        FileRules.mime(mime);
        FileRules.size(size);
        FileRules.sha256(sha256);
        FileRules.thumb(thumb);
    }

    /** Sizes only: the name and the thumbnail are message content and stay out of logs. */
    @Override
    public String toString() {
        return "FileInfo[blob=" + blob + ", size=" + size + ", thumb=" + (thumb != null) + "]";
    }
}
