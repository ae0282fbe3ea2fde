package dev.hearth.client.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each Exif orientation, drawn as a node's scale then rotate about its centre (the order JavaFX
 * applies them in), puts every stored pixel where the Exif definition says it is seen.
 */
class TurnTest {

    private static final int W = 6;
    private static final int H = 4;

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void everyStoredPixelLandsWhereExifSaysItIsSeen(Orientation orientation) {
        Turn turn = Turn.of(orientation);
        // A node's transform: translate, then rotate, then scale, both about the centre of its box.
        Transform node = new Rotate(turn.degrees(), W / 2.0, H / 2.0)
                .createConcatenation(new Scale(turn.scaleX(), turn.scaleY(), W / 2.0, H / 2.0));
        boolean swap = orientation.swapsWidthAndHeight();
        double seenWidth = swap ? H : W;
        double seenHeight = swap ? W : H;
        double left = W / 2.0 - seenWidth / 2;
        double top = H / 2.0 - seenHeight / 2;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                Point2D drawn = node.transform(x + 0.5, y + 0.5);
                int[] expected = seen(orientation, x, y);
                assertEquals(expected[0], drawn.getX() - left - 0.5, 1e-9, orientation + " x of " + x + "," + y);
                assertEquals(expected[1], drawn.getY() - top - 0.5, 1e-9, orientation + " y of " + x + "," + y);
            }
        }
    }

    /** Where stored pixel (x, y) is seen, from the Exif 2.3 definition of each value. */
    private static int[] seen(Orientation orientation, int x, int y) {
        return switch (orientation) {
            case NORMAL -> new int[] {x, y};
            case MIRROR_HORIZONTAL -> new int[] {W - 1 - x, y};
            case ROTATE_180 -> new int[] {W - 1 - x, H - 1 - y};
            case MIRROR_VERTICAL -> new int[] {x, H - 1 - y};
            case TRANSPOSE -> new int[] {y, x};
            case ROTATE_90 -> new int[] {H - 1 - y, x};
            case TRANSVERSE -> new int[] {H - 1 - y, W - 1 - x};
            case ROTATE_270 -> new int[] {y, W - 1 - x};
        };
    }
}
