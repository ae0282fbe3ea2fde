package dev.hearth.client.host;

import dev.hearth.client.i18n.I18n;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked when the host closes the app while their group is open: closing takes everyone offline,
 * which nobody should learn from their friends afterwards. FX thread; waits for the answer.
 */
public final class CloseQuestion {

    /** The dialog pane's style class, for tests to find it. */
    public static final String STYLE_CLASS = "hosting-close-dialog";

    private CloseQuestion() {}

    /** @return whether the host chose to close and take the group offline */
    public static boolean confirmed(Window owner) {
        ResourceBundle bundle = I18n.bundleFor(HostingView.class);
        ButtonType close = new ButtonType(bundle.getString("close.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, bundle.getString("close.detail"), close, ButtonType.CANCEL);
        ask.setHeaderText(bundle.getString("close.question"));
        ask.initOwner(owner);
        ask.getDialogPane().getStyleClass().add(STYLE_CLASS);
        return ask.showAndWait().filter(close::equals).isPresent();
    }
}
