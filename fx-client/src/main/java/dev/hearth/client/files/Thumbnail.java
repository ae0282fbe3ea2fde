package dev.hearth.client.files;

/**
 * A small upright picture to send with a picture ({@code file-offer}'s {@code thumb}, base64 of
 * {@link #bytes}), and the size the whole picture will take when shown.
 *
 * @param bytes         at most {@link Thumbnails#MAX_BYTES}, no metadata (owned by the caller)
 * @param kind          {@link ImageKind#JPEG}, or {@link ImageKind#PNG} when the picture has transparency
 * @param width         of the thumbnail, orientation applied
 * @param height        of the thumbnail, orientation applied
 * @param pictureWidth  of the whole picture as seen (orientation applied), to reserve its space
 * @param pictureHeight of the whole picture as seen (orientation applied)
 */
public record Thumbnail(byte[] bytes, ImageKind kind, int width, int height, int pictureWidth, int pictureHeight) {
}
