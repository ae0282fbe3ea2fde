package dev.hearth.client.files;

/**
 * Takes the metadata out of a picture before it is sent: where it was taken, with which camera,
 * when, by whom, with which software. Lossless: the encoded pixels are copied byte for byte, never
 * decoded and encoded again. The one thing kept is the orientation (as a minimal Exif block),
 * because without it a phone's picture shows on its side.
 *
 * <p>Pure functions over bytes; any thread.
 */
public final class MetadataStripper {

    private MetadataStripper() {
    }

    /**
     * The picture without its metadata.
     *
     * @throws BadImageException when {@code image} is not a PNG, JPEG, GIF or WebP ({@link
     *     ImageKind#of}), or is one that is not well formed (cut short, inconsistent lengths, a bad
     *     checksum): such a file is never passed on unchanged
     */
    public static StrippedImage strip(byte[] image) throws BadImageException {
        ImageKind kind = ImageKind.of(image)
            .orElseThrow(() -> new BadImageException("not a PNG, JPEG, GIF or WebP picture"));
        return switch (kind) {
            case JPEG -> JpegStripper.strip(image);
            case PNG -> PngStripper.strip(image);
            case GIF -> GifStripper.strip(image);
            case WEBP -> WebpStripper.strip(image);
        };
    }

    /**
     * The Exif orientation of a JPEG, of a PNG's {@code eXIf} or of a WebP's {@code EXIF}
     * ({@link Orientation#NORMAL} when there is none, and always for GIF).
     *
     * @throws BadImageException as {@link #strip}
     */
    public static Orientation orientation(byte[] image) throws BadImageException {
        return strip(image).orientation();
    }
}
