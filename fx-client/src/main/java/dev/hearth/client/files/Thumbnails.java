package dev.hearth.client.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the thumbnail a picture is offered with: upright (the orientation applied to the pixels),
 * at most {@link #MAX_EDGE} pixels on its longest side (never enlarged), at most {@link
 * #MAX_BYTES} bytes, and without metadata (javax.imageio writes none but JFIF's densities).
 *
 * <p>An opaque picture becomes a JPEG, lowering its quality and then its size until it fits. A
 * picture with transparency becomes a PNG, keeping it: such pictures are mostly stickers, logos
 * and screenshots, which PNG keeps small and sharp, and flattening them on a colour would show a
 * box around them in the dark theme and differ from the picture once opened. A PNG that does not
 * fit is made smaller until it does (any 63 x 63 RGBA PNG fits, even of pure noise).
 *
 * <p>Pure functions; any thread, but not the FX thread: a 12-megapixel photo takes about 0.2 s.
 */
public final class Thumbnails {

    /** The protocol's limit on a thumbnail, before base64. */
    public static final int MAX_BYTES = 16_384;
    /** The longest side of a thumbnail, in pixels. */
    public static final int MAX_EDGE = 320;

    private static final float[] JPEG_QUALITIES = {0.85f, 0.75f, 0.6f, 0.45f};
    private static final int SMALLEST_EDGE = 16;

    private Thumbnails() {
    }

    /**
     * The thumbnail of a picture made ready to send.
     *
     * @throws BadImageException when the picture cannot be decoded (send it without a thumbnail,
     *     as a plain file)
     */
    public static Thumbnail of(StrippedImage picture) throws BadImageException {
        PictureDecoder.Decoded decoded = PictureDecoder.decode(picture.kind(), picture.bytes(), MAX_EDGE);
        Orientation orientation = picture.orientation();
        boolean swap = orientation.swapsWidthAndHeight();
        int pictureWidth = swap ? decoded.height() : decoded.width();
        int pictureHeight = swap ? decoded.width() : decoded.height();
        BufferedImage source = decoded.image();
        boolean transparent = Pixels.hasTransparency(source);
        for (int edge = MAX_EDGE; edge >= SMALLEST_EDGE; edge = edge * 4 / 5) {
            BufferedImage small = Pixels.upright(fit(source, edge, transparent), orientation);
            byte[] bytes = transparent ? png(Pixels.straightAlpha(small)) : smallestJpeg(small);
            if (bytes.length <= MAX_BYTES) {
                return new Thumbnail(bytes, transparent ? ImageKind.PNG : ImageKind.JPEG, small.getWidth(), small.getHeight(),
                    pictureWidth, pictureHeight);
            }
        }
        throw new IllegalStateException("a " + SMALLEST_EDGE + " pixel thumbnail is larger than " + MAX_BYTES + " bytes");
    }

    /** {@code source} scaled so its longest side is at most {@code edge}, keeping its proportions. */
    private static BufferedImage fit(BufferedImage source, int edge, boolean alpha) {
        int w = source.getWidth();
        int h = source.getHeight();
        int longest = Math.max(w, h);
        if (longest > edge) {
            w = Math.max(1, Math.round((float) w * edge / longest));
            h = Math.max(1, Math.round((float) h * edge / longest));
        }
        return Pixels.scale(source, w, h, alpha);
    }

    /** The first JPEG that fits, from the best quality down; the last one tried when none does. */
    private static byte[] smallestJpeg(BufferedImage image) {
        byte[] bytes = null;
        for (float quality : JPEG_QUALITIES) {
            bytes = encode(image, "jpeg", quality);
            if (bytes.length <= MAX_BYTES) {
                break;
            }
        }
        return bytes;
    }

    private static byte[] png(BufferedImage image) {
        return encode(image, "png", 0f); // PNG's "quality" 0: the strongest deflate
    }

    private static byte[] encode(BufferedImage image, String format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
