package dev.hearth.client.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.client.settings.RecentRelay;
import dev.hearth.client.settings.RecentRelays;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.theme.ThemeManager;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConnectViewTest {

    private static final String FP = ConnectViewModelTest.FP;

    private final List<ConnectRequest> requests = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        I18n.use(Languages.ENGLISH);
        FxThemes.use(ThemeChoice.LIGHT);
        RecentRelays store = new RecentRelays(Files.createTempDirectory("hearth-connect-view"));
        store.remember(new RecentRelay("saved.example.org", 7001, true, "carol", FP, null));
        ConnectViewModel model = new ConnectViewModel(store, I18n.bundleFor(ConnectView.class), requests::add);
        stage.setScene(ThemeManager.style(new Scene(ConnectView.create(model), 1000, 700)));
        stage.show();
    }

    @Test
    void pastingAnInviteFillsTheFields(FxRobot robot) {
        robot.clickOn("#inviteField").write("hearth://relay.example.org:7443?fp=" + FP);
        assertEquals("relay.example.org", text(robot, "#hostField"));
        assertEquals("7443", text(robot, "#portField"));
        assertEquals(FP, text(robot, "#fingerprintField"));
        assertTrue(robot.lookup("#fingerprintField").query().isVisible());
    }

    @Test
    void badNickShowsTheRuleUnderTheField(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nickField").write("#bob");
        Label error = robot.lookup("#nickError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, error::isVisible);
        assertEquals("A nick cannot start with \u201C#\u201D.", error.getText());
        assertTrue(robot.lookup("#connectButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void enterConnects(FxRobot robot) throws TimeoutException {
        robot.clickOn("#hostField").write("10.0.0.5");
        robot.clickOn("#nickField").write("小明");
        assertFalse(robot.lookup("#connectButton").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !requests.isEmpty());
        assertEquals(List.of(new ConnectRequest(new RelayAddress("10.0.0.5", 7777, true), null, "小明", null)), requests);
    }

    @Test
    void connectButtonConnectsAndRecentRelayFillsTheForm(FxRobot robot) throws TimeoutException {
        robot.clickOn("carol at saved.example.org:7001");
        assertEquals("saved.example.org", text(robot, "#hostField"));
        assertEquals("carol", text(robot, "#nickField"));
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> requests.size() == 1);
        assertEquals(FP, requests.getFirst().fingerprint());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }
}
