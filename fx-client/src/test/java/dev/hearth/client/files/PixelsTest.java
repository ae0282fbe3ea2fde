package dev.hearth.client.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PixelsTest {

    private static final int TOP_LEFT = 0xFF000001;
    private static final int TOP_RIGHT = 0xFF000002;

    /**
     * The Exif specification's table, in corners: where the stored picture's top-left and
     * top-right pixels are seen, as (x, y) of the upright picture of width W and height H.
     */
    @Test
    void turnsEachOrientationAsExifDefinesIt() {
        expect(Orientation.NORMAL, 4, 3, "0,0", "W,0");
        expect(Orientation.MIRROR_HORIZONTAL, 4, 3, "W,0", "0,0");
        expect(Orientation.ROTATE_180, 4, 3, "W,H", "0,H");
        expect(Orientation.MIRROR_VERTICAL, 4, 3, "0,H", "W,H");
        expect(Orientation.TRANSPOSE, 3, 4, "0,0", "0,H");
        expect(Orientation.ROTATE_90, 3, 4, "W,0", "W,H");
        expect(Orientation.TRANSVERSE, 3, 4, "W,H", "W,0");
        expect(Orientation.ROTATE_270, 3, 4, "0,H", "0,0");
    }

    @Test
    void scalesInHalvingStepsToExactlyTheRequestedSize() {
        BufferedImage big = new BufferedImage(1000, 7, BufferedImage.TYPE_INT_RGB);

        BufferedImage small = Pixels.scale(big, 3, 1, false);

        assertEquals(3, small.getWidth());
        assertEquals(1, small.getHeight());
    }

    private static void expect(Orientation orientation, int width, int height, String topLeft, String topRight) {
        BufferedImage stored = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, TOP_LEFT);
        stored.setRGB(3, 0, TOP_RIGHT);

        BufferedImage upright = Pixels.upright(stored, orientation);

        assertEquals(width, upright.getWidth(), orientation + " width");
        assertEquals(height, upright.getHeight(), orientation + " height");
        assertEquals(TOP_LEFT, at(upright, topLeft), orientation + " top-left at " + topLeft);
        assertEquals(TOP_RIGHT, at(upright, topRight), orientation + " top-right at " + topRight);
    }

    private static int at(BufferedImage image, String corner) {
        String[] xy = corner.split(",");
        int x = xy[0].equals("W") ? image.getWidth() - 1 : 0;
        int y = xy[1].equals("H") ? image.getHeight() - 1 : 0;
        return image.getRGB(x, y);
    }
}
