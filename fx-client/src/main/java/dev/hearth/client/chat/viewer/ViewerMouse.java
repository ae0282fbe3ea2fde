package dev.hearth.client.chat.viewer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse and touchpad on the picture: dragging moves a picture larger than the window (an
 * open hand says it can, a closed one that it is being moved), a double click goes to 100 % there
 * and back, Ctrl with the wheel or a pinch zooms where the pointer is, the wheel alone moves it.
 * FX thread.
 */
final class ViewerMouse {

    private final PictureViewerViewModel model;
    private final Node area;
    private final BooleanProperty dragging = new SimpleBooleanProperty();
    private double lastX;
    private double lastY;

    private ViewerMouse(PictureViewerViewModel model, Node area) {
        this.model = model;
        this.area = area;
    }

    /** Listens on {@code area}, the picture's part of the window, and sets its cursor. */
    static void listen(PictureViewerViewModel model, Node area) {
        ViewerMouse mouse = new ViewerMouse(model, area);
        area.cursorProperty().bind(Bindings.when(mouse.dragging).then(Cursor.CLOSED_HAND)
                .otherwise(Bindings.when(model.movableProperty()).then(Cursor.OPEN_HAND).otherwise(Cursor.DEFAULT)));
        area.setOnMousePressed(mouse::pressed);
        area.setOnMouseDragged(mouse::dragged);
        area.setOnMouseReleased(e -> mouse.dragging.set(false));
        area.setOnScroll(mouse::scrolled);
        area.setOnZoom(e -> model.zoomBy(e.getZoomFactor(), e.getX(), e.getY()));
    }

    private void pressed(MouseEvent e) {
        area.requestFocus();
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        if (e.getClickCount() == 2) {
            model.toggleZoomAt(e.getX(), e.getY());
        }
    }

    private void dragged(MouseEvent e) {
        dragging.set(model.movableProperty().get());
        model.panBy(e.getSceneX() - lastX, e.getSceneY() - lastY);
        lastX = e.getSceneX();
        lastY = e.getSceneY();
    }

    /** Ctrl with the wheel zooms where the pointer is (a notch about 15 %); the wheel alone moves. */
    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            model.zoomBy(Math.pow(2, e.getDeltaY() / 200), e.getX(), e.getY());
        } else {
            model.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
