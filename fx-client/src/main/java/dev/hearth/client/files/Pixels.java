package dev.hearth.client.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Resizing, turning and checking the pixels of a thumbnail. */
final class Pixels {

    private Pixels() {
    }

    /**
     * {@code source} at {@code width} x {@code height}, halving at most at each step (a single
     * bilinear step from far above would skip pixels and alias), as {@code TYPE_INT_ARGB_PRE} when
     * {@code alpha} (premultiplied, so transparent pixels do not darken the edges) else {@code
     * TYPE_INT_RGB}. Always a new image, even at the same size.
     */
    static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = h / 2 >= height ? h / 2 : height;
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w != width || h != height);
        return current;
    }

    /** Whether any pixel is not fully opaque. */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int argb : argb(image)) {
            if (argb >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** {@code image} with straight (not premultiplied) alpha, as PNG stores it. */
    static BufferedImage straightAlpha(BufferedImage image) {
        BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        result.setRGB(0, 0, image.getWidth(), image.getHeight(), argb(image), 0, image.getWidth());
        return result;
    }

    /** {@code image} turned as {@code orientation} says, so it shows upright. */
    static BufferedImage upright(BufferedImage image, Orientation orientation) {
        if (orientation == Orientation.NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] from = argb(image);
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                to[target(orientation, x, y, w, h)] = from[y * w + x];
            }
        }
        boolean swap = orientation.swapsWidthAndHeight();
        BufferedImage result = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        result.setRGB(0, 0, result.getWidth(), result.getHeight(), to, 0, result.getWidth());
        return result;
    }

    /** Where stored pixel (x, y) of a w x h picture goes in the upright one (h wide when turned). */
    private static int target(Orientation orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case NORMAL -> y * w + x;
            case MIRROR_HORIZONTAL -> y * w + (w - 1 - x);
            case ROTATE_180 -> (h - 1 - y) * w + (w - 1 - x);
            case MIRROR_VERTICAL -> (h - 1 - y) * w + x;
            case TRANSPOSE -> x * h + y;
            case ROTATE_90 -> x * h + (h - 1 - y);
            case TRANSVERSE -> (w - 1 - x) * h + (h - 1 - y);
            case ROTATE_270 -> (w - 1 - x) * h + y;
        };
    }

    private static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
