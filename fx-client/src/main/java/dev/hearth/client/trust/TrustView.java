package dev.hearth.client.trust;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import dev.hearth.client.net.ClientEvent;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Asks the user, as SSH does, whether to trust a relay seen for the first time
 * ({@link ClientEvent.TrustNeeded}): shows its address and fingerprint; "Trust and connect" or
 * "Cancel". Nothing was sent to the relay yet. FX thread.
 */
public final class TrustView {

    @FXML private Label explanation;
    @FXML private TextField fingerprintField;

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
