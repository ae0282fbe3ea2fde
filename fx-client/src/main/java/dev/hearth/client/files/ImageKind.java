package dev.hearth.client.files;

import java.util.Optional;

/**
 * The picture formats the client shows, told from a file's first bytes (never from its name: a
 * name is whatever the sender typed).
 */
public enum ImageKind {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    /** How many leading bytes {@link #of} needs to tell every kind apart. */
    public static final int SNIFF_BYTES = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mime;
    private final String imageIoName;

    ImageKind(String mime, String imageIoName) {
        this.mime = mime;
        this.imageIoName = imageIoName;
    }

    /**
     * The kind of a file from its first bytes (at least {@link #SNIFF_BYTES} of them, or the whole
     * file when shorter); empty when it is not a picture we show (send it as a plain file).
     */
    public static Optional<ImageKind> of(byte[] head) {
        if (Bytes.startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && Bytes.u8(head, 0) == 0xFF && Bytes.u8(head, 1) == 0xD8 && Bytes.u8(head, 2) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (Bytes.startsWithAscii(head, 0, "GIF87a") || Bytes.startsWithAscii(head, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (Bytes.startsWithAscii(head, 0, "RIFF") && Bytes.startsWithAscii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The media type for a {@code file-offer}'s {@code mime}. */
    public String mime() {
        return mime;
    }

    /** The format name javax.imageio knows it by. */
    String imageIoName() {
        return imageIoName;
    }
}
