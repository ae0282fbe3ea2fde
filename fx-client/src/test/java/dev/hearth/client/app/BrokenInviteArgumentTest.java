package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A link cut short in a chat app still opens Hearth, which says what is wrong with it, in Chinese too. */
@ExtendWith(ApplicationExtension.class)
class BrokenInviteArgumentTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) throws IOException {
        Properties system = new Properties();
        system.setProperty("hearth.config.dir", Files.createTempDirectory("hearth-invite").resolve("config").toString());
        system.setProperty("hearth.locale", "zh-CN");
        new HearthApp().open(stage, AppOptions.from(Map.of(), List.of("HEARTH://chat.example.org:7788"), system),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restore() {
        I18n.use(Languages.ENGLISH);
    }

    @Test
    void theInviteFieldShowsTheMistakeInTheUsersLanguageAndNothingIsOpened(FxRobot robot) {
        String error = robot.lookup("#inviteError").queryAs(Label.class).getText();

        assertTrue(error.contains("sha256"), "names the missing fingerprint: " + error);
        assertTrue(error.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "in Chinese: " + error);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no relay was opened");
    }
}
