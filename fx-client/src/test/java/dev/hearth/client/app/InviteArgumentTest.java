package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A clicked {@code hearth://} link arrives as the app's argument and opens the connect form filled in. */
@ExtendWith(ApplicationExtension.class)
class InviteArgumentTest {

    private static final String FINGERPRINT = "sha256:fwKAk5-AvNt0-5kwvcK89RCbUa7Rltnl-5FqVJPrRTs";
    private static final String INVITE = "hearth://chat.example.org:7788?fp=" + FINGERPRINT + "&pw=door%20key";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) throws IOException {
        Properties system = new Properties();
        system.setProperty("hearth.config.dir", Files.createTempDirectory("hearth-invite").resolve("config").toString());
        system.setProperty("hearth.locale", "en");
        new HearthApp().open(stage, AppOptions.from(Map.of(), List.of("--stray", INVITE), system),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restore() {
        I18n.use(Languages.ENGLISH);
    }

    @Test
    void theFormIsFilledFromTheInviteReadyForANick(FxRobot robot) {
        assertEquals("chat.example.org", text(robot, "#hostField"));
        assertEquals("7788", text(robot, "#portField"));
        assertEquals("door key", text(robot, "#passwordField"));
        assertEquals(FINGERPRINT, text(robot, "#fingerprintField"));
        assertEquals(INVITE, text(robot, "#inviteField"));
        assertEquals("", robot.lookup("#inviteError").queryAs(Label.class).getText());
    }

    @Test
    void itSaysWhichRelayItOpenedAndWhatItIgnoredButNeverThePassword() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(List.of("hearth-client: ignoring argument '--stray'",
                "hearth-client: opened invite for chat.example.org:7788"), lines);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("door"));
    }

    @Test
    void optionsNeverPrintTheInvitesPassword() {
        String shown = AppOptions.from(Map.of(), List.of(INVITE), new Properties()).toString();

        assertFalse(shown.contains("door"), shown);
        assertTrue(shown.contains("invite=given"), shown);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }
}
