package dev.hearth.client.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a picture through javax.imageio (the JDK's PNG, JPEG and GIF readers, TwelveMonkeys' for
 * WebP), in memory only (no cache file on disk), the first frame of an animation, skipping rows
 * and columns of a large picture while reading since only a thumbnail is wanted.
 */
final class PictureDecoder {

    /**
     * Over this many pixels (16384 x 16384) a file is a decompression bomb rather than a photo:
     * refused before decoding.
     */
    static final long MAX_PIXELS = 1L << 28;

    /** The decoded pixels, and the stored size of the whole picture (before orientation). */
    record Decoded(BufferedImage image, int width, int height) {
    }

    private PictureDecoder() {
    }

    /** Decodes {@code bytes} of {@code kind} at no less than twice {@code edge} on the longest side when larger. */
    static Decoded decode(ImageKind kind, byte[] bytes, int edge) throws BadImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.imageIoName());
        if (!readers.hasNext()) {
            throw new BadImageException(kind + ": no decoder installed");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = kind == ImageKind.GIF ? Bytes.u16le(bytes, 6) : reader.getWidth(0);
            int height = kind == ImageKind.GIF ? Bytes.u16le(bytes, 8) : reader.getHeight(0);
            if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                throw new BadImageException(kind + ": " + width + " x " + height + " pixels is more than a picture we show");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * edge));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return new Decoded(reader.read(0, param), width, height);
        } catch (IOException | RuntimeException e) {
            // Decoders report damaged data with all kinds of exceptions (IIOException, IndexOutOfBounds, ...).
            throw new BadImageException(kind + ": cannot be decoded (" + e + ")", e);
        } finally {
            reader.dispose();
        }
    }
}
