package dev.hearth.client.files;


/**
 * How to draw a picture's stored pixels so that it is seen upright, as a node's own transform:
 * first mirrored ({@code scaleX} or {@code scaleY} of -1), then turned clockwise by
 * {@code degrees} about its centre (the order JavaFX applies a node's scale and rotate in).
 * JavaFX ignores a picture's Exif orientation; this is it. Any thread.
 */
public record Turn(double degrees, double scaleX, double scaleY) {

    public static Turn of(Orientation orientation) {
        return switch (orientation) {
            case NORMAL -> new Turn(0, 1, 1);
            case MIRROR_HORIZONTAL -> new Turn(0, -1, 1);
            case ROTATE_180 -> new Turn(180, 1, 1);
            case MIRROR_VERTICAL -> new Turn(0, 1, -1);
            // Transpose: flipped top to bottom, then a quarter clockwise, is (x, y) -> (y, x).
            case TRANSPOSE -> new Turn(90, 1, -1);
            case ROTATE_90 -> new Turn(90, 1, 1);
            // Transverse: flipped left to right, then a quarter clockwise.
            case TRANSVERSE -> new Turn(90, -1, 1);
            case ROTATE_270 -> new Turn(270, 1, 1);
        };
    }
}
