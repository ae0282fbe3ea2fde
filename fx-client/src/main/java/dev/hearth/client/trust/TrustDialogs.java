package dev.hearth.client.trust;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayAddress;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the trust views as small modal windows over the main window, closing them once the user
 * has decided. FX thread.
 */
public final class TrustDialogs {

    private TrustDialogs() {}

    /** Asks about a first-seen relay; {@code decision} is told once, and closing the window counts as cancel. */
    public static Stage askTrust(Window owner, ClientEvent.TrustNeeded question, TrustDecision decision) {
        Stage stage = modal(owner, "window.title", TrustView.class);
        boolean[] decided = {false};
        TrustDecision closing = new TrustDecision() {
            @Override
            public void trust(RelayAddress address, String fingerprint) {
                decided[0] = true;
                stage.close();
                decision.trust(address, fingerprint);
            }

            @Override
            public void cancel() {
                decided[0] = true;
                stage.close();
                decision.cancel();
            }
        };
        stage.setOnHidden(e -> {
            if (!decided[0]) {
                decision.cancel();
            }
        });
        return show(stage, TrustView.create(question, closing));
    }

    /** Refuses a changed relay key; {@code actions.close()} also runs when the window is closed. */
    public static Stage showMismatch(Window owner, ClientEvent.PinMismatch mismatch, PinMismatchActions actions) {
        Stage stage = modal(owner, "window.title", PinMismatchView.class);
        boolean[] forgotten = {false};
        PinMismatchActions closing = new PinMismatchActions() {
            @Override
            public void close() {
                stage.close();
            }

            @Override
            public void forgetKey(RelayAddress address) {
                forgotten[0] = true;
                stage.close();
                actions.forgetKey(address);
            }
        };
        stage.setOnHidden(e -> {
            if (!forgotten[0]) {
                actions.close();
            }
        });
        return show(stage, PinMismatchView.create(mismatch, closing));
    }

    private static Stage modal(Window owner, String titleKey, Class<?> view) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner instanceof Stage ownerStage) {
                stage.getIcons().setAll(ownerStage.getIcons());
            }
        }
        stage.setTitle(I18n.bundleFor(view).getString(titleKey));
        return stage;
    }

    private static Stage show(Stage stage, Parent root) {
        Scene scene = new Scene(root);
        if (stage.getOwner() != null && stage.getOwner().getScene() != null) {
            // Same look as the window it belongs to (the app stylesheet lives on each scene).
            scene.getStylesheets().setAll(stage.getOwner().getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
