package dev.hearth.client.testing;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The app's confirmation dialogs in the real scene, found by their style class and answered by their buttons. */
public final class Dialogs {

    private Dialogs() {}

    /** Waits for the dialog with {@code styleClass}, presses its confirming button or Cancel, and waits for it to close. */
    public static void answer(ChatWindow window, String styleClass, boolean confirm) {
        window.await(() -> ChatWindow.fx(() -> shown(styleClass) != null), "the question " + styleClass);
        ChatWindow.fx(() -> {
            DialogPane pane = shown(styleClass);
            ButtonType chosen = pane.getButtonTypes().stream()
                    .filter(b -> (b.getButtonData() == ButtonBar.ButtonData.OK_DONE) == confirm).findFirst().orElseThrow();
            ((Button) pane.lookupButton(chosen)).fire();
            return null;
        });
        window.await(() -> ChatWindow.fx(() -> shown(styleClass) == null), "the question answered");
    }

    /** The showing dialog whose pane has {@code styleClass}, or null. FX thread. */
    public static DialogPane shown(String styleClass) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && pane.getStyleClass().contains(styleClass)) {
                return pane;
            }
        }
        return null;
    }
}
