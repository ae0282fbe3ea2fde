package dev.hearth.client.attach;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * A picture taken from the clipboard: its pixels, copied on the FX thread, and encoded as PNG
 * through javax.imageio (no javafx-swing) later, off it. Clipboard pictures carry no metadata, but
 * the PNG still goes through the same cleaning as any picture.
 */
public final class PastedPicture {

    /** Larger pictures are not pasted (their pixels alone would take 400 MB). */
    static final long MAX_PIXELS = 100_000_000L;

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'pasted-'yyyy-MM-dd-HHmm'.png'");

    private final int width;
    private final int height;
    private final int[] argb;

    PastedPicture(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException(width + " x " + height + " with " + argb.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /** The pixels of {@code image}; empty when it has none to read or is too large. FX thread. */
    public static Optional<PastedPicture> of(Image image) {
        PixelReader reader = image == null ? null : image.getPixelReader();
        int width = image == null ? 0 : (int) image.getWidth();
        int height = image == null ? 0 : (int) image.getHeight();
        if (reader == null || width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
            return Optional.empty();
        }
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return Optional.of(new PastedPicture(width, height, argb));
    }

    /** The name a picture pasted at {@code now} is sent under, such as {@code pasted-2026-12-06-1015.png}. */
    public static String nameAt(Instant now, ZoneId zone) {
        return NAME.format(now.atZone(zone));
    }

    /** A PNG of the picture, without an alpha channel when every pixel is opaque. Any thread. */
    public byte[] png() throws IOException {
        boolean opaque = true;
        for (int pixel : argb) {
            if (pixel >>> 24 != 0xFF) {
                opaque = false;
                break;
            }
        }
        BufferedImage image = new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public String toString() {
        return "PastedPicture[" + width + " x " + height + "]";
    }
}
