package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.ChatWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A damaged pin file at start: set aside, kept, and the connect screen says so and what it means. */
@ExtendWith(ApplicationExtension.class)
class DamagedPinsTest {

    private Path config;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("hearth-pins").resolve("alice");
        Files.createDirectories(config);
        Files.writeString(config.resolve(KnownRelaysFile.FILE_NAME), "{\"relays\":{\"home:7777\":");
        ChatWindow.start(stage, config);
    }

    @Test
    void theConnectScreenSaysTheKeysWereSetAsideAndWillBeAskedAgain(FxRobot robot) throws Exception {
        ChatWindow window = ChatWindow.of(robot, stage);
        String banner = ChatWindow.fx(() -> window.<Label>find("#banner").getText());
        assertTrue(banner.startsWith("Your saved relay keys could not be read, so the file was set aside as known-relays.json.damaged-"),
                banner);
        assertTrue(banner.contains("confirm each relay's key again"), banner);
        try (var files = Files.list(config)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith("known-relays.json.damaged-")).toList();
            assertEquals(1, aside.size());
            assertEquals("{\"relays\":{\"home:7777\":", Files.readString(aside.getFirst()));
        }
    }
}
