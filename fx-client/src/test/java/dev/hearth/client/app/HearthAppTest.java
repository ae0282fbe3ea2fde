package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.settings.RecentRelays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HearthAppTest {

    private Path configDir;
    private Stage stage;
    private final List<ConnectRequest> started = new CopyOnWriteArrayList<>();
    private final List<String> closed = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        configDir = Files.createTempDirectory("hearth-app").resolve("config");
        System.setProperty("hearth.config.dir", configDir.toString());
        System.setProperty("hearth.locale", "en");
        System.setProperty("hearth.theme", "dark");
        PlaceholderSessionStarter placeholder = new PlaceholderSessionStarter();
        HearthApp.useSessionStarter((request, shell) -> {
            started.add(request);
            SessionStarter.Session inner = placeholder.start(request, shell);
            return () -> {
                closed.add(request.nick());
                inner.close();
            };
        });
        new HearthApp().start(stage);
    }

    @AfterAll
    static void restore() {
        System.clearProperty("hearth.config.dir");
        System.clearProperty("hearth.locale");
        System.clearProperty("hearth.theme");
        HearthApp.useSessionStarter(new PlaceholderSessionStarter());
        I18n.use(Languages.ENGLISH);
    }

    @Test
    void startsOnTheConnectScreenWithConfigInTheGivenDirectory(FxRobot robot) {
        assertEquals("Hearth", stage.getTitle());
        assertTrue(robot.lookup("#inviteField").tryQuery().isPresent());
        assertTrue(Files.isDirectory(configDir));
        assertEquals(HearthApp.WIDTH, stage.getWidth());
    }

    @Test
    void theWindowCarriesTheFlameIconInEverySize() {
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), stage.getIcons().stream().map(Image::getWidth).toList());
        assertTrue(stage.getIcons().stream().noneMatch(Image::isError));
        // The flame is pale against the orange, the corner transparent: the PNG was read, not a blank.
        Image big = stage.getIcons().getLast();
        assertTrue(big.getPixelReader().getColor(128, 140).getGreen() > 0.6, "flame, not ember-orange background");
        assertEquals(0.0, big.getPixelReader().getColor(1, 1).getOpacity());
    }

    @Test
    void preferencesOpenFromTheConnectScreen(FxRobot robot) throws TimeoutException {
        robot.clickOn("#preferencesButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#themeChoice").tryQuery().isPresent());
        robot.clickOn("#doNotDisturbBox");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> new dev.hearth.client.settings.PreferencesStore(configDir).load().doNotDisturb());
    }

    @Test
    void connectStartsASessionAndBackEndsIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("#hostField").write("localhost");
        robot.clickOn("#nickField").write("alice");
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#status").tryQuery().isPresent());
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertEquals("Connecting to localhost:7777 as alice…", status);
        assertEquals(1, started.size());
        assertEquals(0, new RecentRelays(configDir).load().size(), "a relay is remembered once it lets us in, not on trying");
        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#inviteField").tryQuery().isPresent());
        assertEquals(List.of("alice"), closed);
        assertEquals("localhost", robot.lookup("#hostField").queryAs(javafx.scene.control.TextField.class).getText());
    }
}
