package dev.hearth.client.testing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import javafx.util.Pair;

/**
 * The attach dialog in the real app, found by its style class, and the gestures that open it that a
 * headless robot cannot make: a drop of files (a DragEvent fired on the conversation, with a
 * dragboard of our own) and keys fired at a node. Calls marked FX run on the FX thread.
 */
public final class AttachDialogs {

    private AttachDialogs() {}

    /** The showing attach dialog's root, or null. FX thread. */
    public static Parent shown() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot().getStyleClass().contains("attach-dialog")) {
                return w.getScene().getRoot();
            }
        }
        return null;
    }

    public static void awaitShown(ChatWindow window) {
        window.await(() -> ChatWindow.fx(() -> shown() != null), "the attach dialog");
    }

    public static void awaitClosed(ChatWindow window) {
        window.await(() -> ChatWindow.fx(() -> shown() == null), "the attach dialog gone");
    }

    /** Waits until no file in the dialog is being prepared any more. */
    public static void awaitPrepared(ChatWindow window) {
        window.await(() -> ChatWindow.fx(() -> shown() != null && !shown().lookup(".attach-spinner").isVisible()),
                "the files prepared");
    }

    /** The thumbnails shown in the dialog. FX thread. */
    public static List<ImageView> thumbnails() {
        return shown().lookupAll(".attach-thumbnail").stream().map(ImageView.class::cast).toList();
    }

    /** The visible texts of the labels with {@code styleClass} in the dialog, in order. FX thread. */
    public static List<String> texts(String styleClass) {
        return shown().lookupAll("." + styleClass).stream().map(Label.class::cast).filter(Node::isVisible)
                .map(Label::getText).toList();
    }

    /** Types {@code words} as the caption and presses Enter in it, as a person sends. */
    public static void captionAndEnter(String words) {
        ChatWindow.fx(() -> {
            TextArea caption = (TextArea) shown().lookup(".attach-caption");
            caption.setText(words);
            caption.fireEvent(key(KeyCode.ENTER, false, false));
            return null;
        });
    }

    /** Presses the dialog's button with {@code text} (Send, Cancel). */
    public static void press(String text) {
        ChatWindow.fx(() -> {
            shown().lookupAll(".button").stream().map(Button.class::cast).filter(b -> text.equals(b.getText()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
    }

    /** Presses the dialog's Cancel button, in any language. */
    public static void cancel() {
        ChatWindow.fx(() -> {
            shown().lookupAll(".button").stream().map(Button.class::cast).filter(Button::isCancelButton)
                    .findFirst().orElseThrow().fire();
            return null;
        });
    }

    /** A key pressed on {@code node}, through the scene (its accelerators see it too). FX thread. */
    public static void press(Node node, KeyCode code, boolean shortcut, boolean shift) {
        node.fireEvent(key(code, shortcut, shift));
    }

    private static KeyEvent key(KeyCode code, boolean control, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    /**
     * Drags {@code files} over {@code target} and drops them there, as a file manager does; returns
     * whether the drag was accepted (the drop hint shows meanwhile, which {@code whileOver} may look at).
     * FX thread.
     */
    public static boolean drop(Node target, List<Path> files, Runnable whileOver) {
        Dragboard board = DragboardHelper.createDragboard(new FileManagerDrag(Toolkit.getToolkit().createLocalClipboard()));
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        board.setContent(content);
        DragEvent over = drag(DragEvent.DRAG_OVER, target, board);
        target.fireEvent(over);
        boolean accepted = over.isAccepted() || over.getAcceptedTransferMode() != null;
        whileOver.run();
        if (accepted) {
            target.fireEvent(drag(DragEvent.DRAG_DROPPED, target, board));
        }
        target.fireEvent(drag(DragEvent.DRAG_EXITED, target, board));
        return accepted;
    }

    /** What a file manager's drag offers: its files, to be copied, moved or linked. */
    private record FileManagerDrag(TKClipboard content) implements TKClipboard {
        @Override
        public Set<DataFormat> getContentTypes() {
            return content.getContentTypes();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            return content.putContent(pairs);
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.getContent(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.hasContent(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {}

        @Override
        public void setDragViewOffsetX(double offset) {}

        @Override
        public void setDragViewOffsetY(double offset) {}

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Node target, Dragboard board) {
        var centre = target.localToScene(target.getBoundsInLocal().getCenterX(), target.getBoundsInLocal().getCenterY());
        return new DragEvent(null, target, type, board, centre.getX(), centre.getY(), centre.getX(), centre.getY(),
                TransferMode.COPY, null, null, null);
    }
}
