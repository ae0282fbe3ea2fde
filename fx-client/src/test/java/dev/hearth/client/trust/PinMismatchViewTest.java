package dev.hearth.client.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
class PinMismatchViewTest {

    private static final String EXPECTED = "sha256:" + "E".repeat(43);
    private static final String PRESENTED = "sha256:" + "P".repeat(43);
    private static final RelayAddress ADDRESS = TrustViewTest.ADDRESS;

    private final List<String> actions = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.use(Languages.ENGLISH);
        FxThemes.use(ThemeChoice.LIGHT);
        PinMismatchActions record = new PinMismatchActions() {
            @Override
            public void close() {
                actions.add("close");
            }

            @Override
            public void forgetKey(RelayAddress address) {
                actions.add("forget " + address.key());
            }
        };
        stage.setScene(ThemeManager.style(new Scene(PinMismatchView.create(new ClientEvent.PinMismatch(ADDRESS, EXPECTED, PRESENTED), record))));
        stage.show();
    }

    @Test
    void screenshot(FxRobot robot) {
        Screenshots.write(robot.lookup(".root").query().getScene(), "trust-pin-mismatch");
    }

    @Test
    void showsBothFingerprintsAndAWarning(FxRobot robot) {
        assertEquals(EXPECTED, robot.lookup("#expectedField").queryAs(TextField.class).getText());
        assertEquals(PRESENTED, robot.lookup("#presentedField").queryAs(TextField.class).getText());
        String headline = robot.lookup("#headline").queryAs(Label.class).getText();
        assertTrue(headline.contains("CHANGED") && headline.contains("relay.example.org:7777"), headline);
        String explanation = robot.lookup("#explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("intercepting") && explanation.contains("did not send your password"));
    }

    @Test
    void offersNoWayToConnectAnyway(FxRobot robot) {
        for (Button button : robot.lookup(".button").queryAllAs(Button.class)) {
            String text = button.getText().toLowerCase(Locale.ROOT);
            assertFalse(text.contains("connect") || text.contains("trust") || text.contains("anyway"), text);
        }
    }

    @Test
    void closeOnlyCloses(FxRobot robot) throws TimeoutException {
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !actions.isEmpty());
        assertEquals(List.of("close"), actions);
    }

    @Test
    void forgettingTheKeyNeedsASecondConfirmation(FxRobot robot) throws TimeoutException {
        Node confirm = robot.lookup("#confirmBox").query();
        assertFalse(confirm.isVisible());
        robot.clickOn("#forgetButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, confirm::isVisible);
        assertTrue(actions.isEmpty(), "the first click must forget nothing");
        robot.clickOn("#keepButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !confirm.isVisible());
        robot.clickOn("#forgetButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, confirm::isVisible);
        robot.clickOn("#confirmForgetButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !actions.isEmpty());
        assertEquals(List.of("forget relay.example.org:7777"), actions);
    }
}
