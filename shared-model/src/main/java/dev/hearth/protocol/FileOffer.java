package dev.hearth.protocol;

/**
 * Offers a file to a room, or with {@code to} to one person (protocol 1.1). The relay answers
 * {@link FileReady} with the blob to upload into, or an error. {@code text} is an optional
 * caption, which may be empty; {@code reply} the message it answers.
 */
public record FileOffer(String room, String to, String name, String mime, Long size, String sha256, String thumb,
                        String text, String reply, String id) implements Envelope {
    public static final String TYPE = "file-offer";

    public FileOffer {
        Ids.check(id);
        if ((room == null) == (to == null)) {
            throw new IllegalArgumentException("\"file-offer\" needs either \"room\" or \"to\"");
        }
        FileRules.name(name);
        FileRules.mime(mime);
        FileRules.size(size);
        FileRules.sha256(sha256);
        FileRules.thumb(thumb);
        if (text != null && !text.isEmpty()) {
            Require.text(text);
        }
        MessageIds.checkIfPresent(reply, "reply");
    }

    /** Sizes only: name, caption and thumbnail are message content. */
    @Override
    public String toString() {
        return "FileOffer[room=" + room + ", to=" + to + ", size=" + size + ", id=" + id + "]";
    }
}
