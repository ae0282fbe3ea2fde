package dev.hearth.client.chat.viewer;

import dev.hearth.client.files.BadImageException;
import dev.hearth.client.files.ImageKind;
import dev.hearth.client.files.MetadataStripper;
import dev.hearth.client.files.Orientation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * What the viewer needs to know of a picture file before decoding it: its stored size, read from
 * its header, and its Exif orientation. A background thread: it reads the whole file (at most the
 * relay's file limit), which the FX thread must not wait for.
 *
 * @param width  stored width in pixels (before orientation)
 * @param height stored height in pixels
 */
record PictureProbe(int width, int height, Orientation orientation) {

    /** Over this many pixels (16384 x 16384) a file is a decompression bomb, not a photo: not shown. */
    static final long MAX_PIXELS = 1L << 28;
    /**
     * Decoded at most this many pixels (a 48-megapixel photo whole): 4 bytes each in memory.
     * Larger pictures are decoded smaller; they still zoom to their own 100 %, a little soft.
     */
    static final long MAX_DECODED_PIXELS = 50_000_000L;

    PictureProbe {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("no pixels: " + width + " x " + height);
        }
    }

    /**
     * @throws BadImageException when the file is not a PNG, JPEG, GIF or WebP, its header cannot be
     *     read, or it has more pixels than a picture the viewer shows
     */
    static PictureProbe of(Path file) throws IOException, BadImageException {
        byte[] bytes = Files.readAllBytes(file);
        ImageKind kind = ImageKind.of(bytes).orElseThrow(() -> new BadImageException("not a picture we show"));
        int[] size = kind == ImageKind.GIF ? gifScreen(bytes) : headerSize(bytes);
        if ((long) size[0] * size[1] > MAX_PIXELS || size[0] < 1 || size[1] < 1) {
            throw new BadImageException(size[0] + " x " + size[1] + " pixels is more than a picture we show");
        }
        return new PictureProbe(size[0], size[1], orientation(bytes));
    }

    /** Whether the picture as seen is as wide as the stored one is high. */
    boolean turned() {
        return orientation.swapsWidthAndHeight();
    }

    double seenWidth() {
        return turned() ? height : width;
    }

    double seenHeight() {
        return turned() ? width : height;
    }

    /** How large to decode it, {width, height}; {0, 0} means as stored. */
    double[] decodeSize() {
        long pixels = (long) width * height;
        if (pixels <= MAX_DECODED_PIXELS) {
            return new double[] {0, 0};
        }
        double shrink = Math.sqrt(MAX_DECODED_PIXELS / (double) pixels);
        return new double[] {Math.floor(width * shrink), Math.floor(height * shrink)};
    }

    /** A picture whose metadata cannot be parsed is still shown, as stored. */
    private static Orientation orientation(byte[] bytes) {
        try {
            return MetadataStripper.orientation(bytes);
        } catch (BadImageException e) {
            return Orientation.NORMAL;
        }
    }

    /** A GIF's logical screen, which JavaFX shows (its first frame may be smaller). */
    private static int[] gifScreen(byte[] bytes) throws BadImageException {
        if (bytes.length < 10) {
            throw new BadImageException("GIF cut short");
        }
        return new int[] {(bytes[6] & 0xFF) | (bytes[7] & 0xFF) << 8, (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8};
    }

    private static int[] headerSize(byte[] bytes) throws BadImageException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadImageException("no decoder installed");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadImageException("header cannot be read (" + e + ")", e);
        }
    }
}
