package dev.hearth.client.trust;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import dev.hearth.client.net.ClientEvent;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Refuses a relay whose key is not the pinned one ({@link ClientEvent.PinMismatch}). There is
 * deliberately no "connect anyway": the only ways out are Close, or forgetting the old key,
 * which takes a second, explicit confirmation. FX thread.
 */
public final class PinMismatchView {

    @FXML private Label headline;
    @FXML private Label explanation;
    @FXML private TextField expectedField;
    @FXML private TextField presentedField;
    @FXML private VBox confirmBox;
    @FXML private Label confirmText;

    private final ClientEvent.PinMismatch mismatch;
    private final PinMismatchActions actions;

    private PinMismatchView(ClientEvent.PinMismatch mismatch, PinMismatchActions actions) {
        this.mismatch = mismatch;
        this.actions = actions;
    }

    public static Parent create(ClientEvent.PinMismatch mismatch, PinMismatchActions actions) {
        return ViewLoader.load(new PinMismatchView(mismatch, actions));
    }

    @FXML
    private void initialize() {
        ResourceBundle bundle = I18n.bundleFor(PinMismatchView.class);
        String where = mismatch.address().key();
        headline.setText(I18n.format(bundle, "headline", where));
        explanation.setText(bundle.getString("explanation"));
        confirmText.setText(I18n.format(bundle, "forget.confirm.text", where));
        expectedField.setText(mismatch.expected());
        presentedField.setText(mismatch.presented());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        confirmBox.setVisible(false);
    }

    @FXML
    private void close() {
        actions.close();
    }

    /** First step: only reveals the confirmation; nothing is forgotten yet. */
    @FXML
    private void askToForget() {
        confirmBox.setVisible(true);
    }

    @FXML
    private void keepKey() {
        confirmBox.setVisible(false);
    }

    @FXML
    private void forget() {
        actions.forgetKey(mismatch.address());
    }
}
