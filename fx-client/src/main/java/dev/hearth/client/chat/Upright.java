package dev.hearth.client.chat;

import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.Turn;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;

/**
 * Turns a picture as its EXIF orientation says ({@link Turn}), since JavaFX draws the pixels as
 * stored. The view goes in a {@link Group}, whose layout counts the turned bounds, so a picture
 * taken upright on a phone takes the upright room.
 */
final class Upright {
    private Upright() {}

    /** {@code view} turned by {@code orientation}, ready to lay out. */
    static Node of(ImageView view, Orientation orientation) {
        Turn turn = Turn.of(orientation);
        view.setScaleX(turn.scaleX());
        view.setScaleY(turn.scaleY());
        view.setRotate(turn.degrees());
        return new Group(view);
    }
}
