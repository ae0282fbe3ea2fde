package dev.hearth.client.trust;

import static dev.hearth.client.trust.TrustViewTest.ADDRESS;
import static dev.hearth.client.trust.TrustViewTest.FP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.theme.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-contact question for a relay chosen from those announced on the local network. */
@ExtendWith(ApplicationExtension.class)
class TrustViewFromLanTest {

    private static final String SPOOFED = "sha256:" + "s".repeat(43);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.use(Languages.ENGLISH);
        FxThemes.use(ThemeChoice.LIGHT);
        stage.show();
    }

    @Test
    void showsTheAnnouncedFingerprintBesideThePresentedOneAndThatTheAnnouncementProvesNothing(FxRobot robot) {
        show(new ClientEvent.TrustNeeded(ADDRESS, FP, FP));

        assertTrue(robot.lookup("#lanBox").queryAs(VBox.class).isVisible());
        assertEquals(FP, robot.lookup("#announcedField").queryAs(TextField.class).getText());
        assertEquals(FP, robot.lookup("#fingerprintField").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#lanDiffers").query().isVisible(), "the same key: no warning");
        assertTrue(robot.lookup("Anyone on a network can announce a relay under any name and fingerprint: the"
                + " announcement proves nothing. Compare the fingerprint with the one your host gave you.")
                .tryQuery().isPresent());
    }

    @Test
    void warnsWhenTheRelayPresentsAnotherKeyThanTheOneAnnounced(FxRobot robot) {
        show(new ClientEvent.TrustNeeded(ADDRESS, FP, SPOOFED));

        Node warning = robot.lookup("#lanDiffers").query();
        assertTrue(warning.isVisible() && warning.isManaged());
        assertEquals(SPOOFED, robot.lookup("#announcedField").queryAs(TextField.class).getText());
    }

    @Test
    void aRelayTypedByHandShowsNothingAboutTheNetwork(FxRobot robot) {
        show(new ClientEvent.TrustNeeded(ADDRESS, FP));

        VBox lan = robot.lookup("#lanBox").queryAs(VBox.class);
        assertFalse(lan.isVisible() || lan.isManaged());
    }

    private void show(ClientEvent.TrustNeeded question) {
        TrustDecision ignore = new TrustDecision() {
            @Override
            public void trust(dev.hearth.client.net.RelayAddress address, String fingerprint) { }

            @Override
            public void cancel() { }
        };
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(ThemeManager.style(new Scene(TrustView.create(question, ignore)))));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
