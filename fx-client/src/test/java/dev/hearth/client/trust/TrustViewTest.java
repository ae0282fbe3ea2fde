package dev.hearth.client.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.theme.ThemeManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrustViewTest {

    static final String FP = "sha256:" + "b".repeat(43);
    static final RelayAddress ADDRESS = new RelayAddress("relay.example.org", 7777, true);

    private final List<String> decisions = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.use(Languages.ENGLISH);
        FxThemes.use(ThemeChoice.LIGHT);
        TrustDecision record = new TrustDecision() {
            @Override
            public void trust(RelayAddress address, String fingerprint) {
                decisions.add("trust " + address.key() + " " + fingerprint);
            }

            @Override
            public void cancel() {
                decisions.add("cancel");
            }
        };
        stage.setScene(ThemeManager.style(new Scene(TrustView.create(new ClientEvent.TrustNeeded(ADDRESS, FP), record))));
        stage.show();
    }

    @Test
    void screenshot(FxRobot robot) {
        Screenshots.write(robot.lookup(".root").query().getScene(), "trust-new-relay");
    }

    @Test
    void showsTheAddressAndFingerprint(FxRobot robot) {
        String explanation = robot.lookup("#explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("relay.example.org:7777") && explanation.contains("first time"), explanation);
        assertEquals(FP, robot.lookup("#fingerprintField").queryAs(TextField.class).getText());
    }

    @Test
    void trustButtonTrustsThatFingerprint(FxRobot robot) throws TimeoutException {
        robot.clickOn("Trust and connect");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !decisions.isEmpty());
        assertEquals(List.of("trust relay.example.org:7777 " + FP), decisions);
    }

    @Test
    void cancelCancels(FxRobot robot) throws TimeoutException {
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !decisions.isEmpty());
        assertEquals(List.of("cancel"), decisions);
    }
}
