package dev.hearth.client.chat;

import dev.hearth.client.files.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;

/**
 * Turns a picture as its EXIF orientation says, since JavaFX draws the pixels as stored. The view
 * goes in a {@link Group}, whose layout counts the turned bounds, so a picture taken upright on a
 * phone takes the upright room.
 */
final class Upright {
    private Upright() {}

    /** {@code view} turned by {@code orientation}, ready to lay out. */
    static Node of(ImageView view, Orientation orientation) {
        // A node is scaled first, then turned, both about its centre.
        switch (orientation) {
            case NORMAL -> { }
            case MIRROR_HORIZONTAL -> view.setScaleX(-1);
            case ROTATE_180 -> view.setRotate(180);
            case MIRROR_VERTICAL -> view.setScaleY(-1);
            case TRANSPOSE -> {
                view.setScaleX(-1);
                view.setRotate(270);
            }
            case ROTATE_90 -> view.setRotate(90);
            case TRANSVERSE -> {
                view.setScaleX(-1);
                view.setRotate(90);
            }
            case ROTATE_270 -> view.setRotate(270);
        }
        return new Group(view);
    }
}
