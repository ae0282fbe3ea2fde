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
 * Asks the user, as SSH does, whether to trust a relay seen for the first time
 * ({@link ClientEvent.TrustNeeded}): shows its address and fingerprint; "Trust and connect" or
 * "Cancel". Nothing was sent to the relay yet. A relay chosen from those announced on the local
 * network also shows the fingerprint it announced, and says so when the two differ. FX thread.
 */
public final class TrustView {

    @FXML private Label explanation;
    @FXML private TextField fingerprintField;
    @FXML private VBox lanBox;
    @FXML private TextField announcedField;
    @FXML private Label lanDiffers;

    private final ClientEvent.TrustNeeded question;
    private final TrustDecision decision;

    private TrustView(ClientEvent.TrustNeeded question, TrustDecision decision) {
        this.question = question;
        this.decision = decision;
    }

    /** @param decision told exactly once: trust (the lead calls {@code trustAndConnect}) or cancel */
    public static Parent create(ClientEvent.TrustNeeded question, TrustDecision decision) {
        return ViewLoader.load(new TrustView(question, decision));
    }

    @FXML
    private void initialize() {
        ResourceBundle bundle = I18n.bundleFor(TrustView.class);
        explanation.setText(I18n.format(bundle, "explanation", question.address().key()));
        fingerprintField.setText(question.fingerprint());
        // Chosen from the local network's announcements: what was announced, beside what is presented.
        String announced = question.announced();
        shown(lanBox, announced != null);
        announcedField.setText(announced == null ? "" : announced);
        shown(lanDiffers, announced != null && !announced.equals(question.fingerprint()));
    }

    private static void shown(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void trust() {
        decision.trust(question.address(), question.fingerprint());
    }

    @FXML
    private void cancel() {
        decision.cancel();
    }
}
