package dev.hearth.client.chat.viewer;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * The viewer's keys, wherever the focus is in its window: Ctrl with plus or minus (or either
 * alone, or the keypad's) zooms, 0 or Ctrl+0 fits, 1 shows 100 %, the arrows move a picture larger
 * than the window, Ctrl+S saves a copy, Escape or Ctrl+W closes. FX thread.
 */
final class ViewerKeys {

    /** How far an arrow moves the picture, in scene pixels. */
    static final double STEP = 64;

    private final PictureViewerViewModel model;
    private final Node picture;
    private final Runnable save;
    private final Runnable close;

    /** @param picture the picture's area, which keeps the keyboard when an arrow has nothing to move */
    ViewerKeys(PictureViewerViewModel model, Node picture, Runnable save, Runnable close) {
        this.model = model;
        this.picture = picture;
        this.save = save;
        this.close = close;
    }

    /**
     * The arrows, taken before a focused button would move the focus with them: they move a
     * picture larger than the window; on the picture itself they never move the focus away.
     */
    void arrows(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || !e.getCode().isArrowKey()) {
            return;
        }
        if (model.movableProperty().get()) {
            // The picture moves the other way: Right shows more of its right side.
            switch (e.getCode()) {
                case LEFT, KP_LEFT -> model.panBy(STEP, 0);
                case RIGHT, KP_RIGHT -> model.panBy(-STEP, 0);
                case UP, KP_UP -> model.panBy(0, STEP);
                default -> model.panBy(0, -STEP);
            }
            e.consume();
        } else if (picture.isFocused()) {
            e.consume();
        }
    }

    void commands(KeyEvent e) {
        if (e.isAltDown()) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case DIGIT0, NUMPAD0 -> model.fit();
            case DIGIT1, NUMPAD1 -> model.actualSize();
            case ESCAPE -> close.run();
            case W -> {
                if (!shortcut) {
                    return;
                }
                close.run();
            }
            case S -> {
                if (!shortcut) {
                    return;
                }
                save.run();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
