package dev.hearth.client.connect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.settings.RecentRelay;
import dev.hearth.client.settings.RecentRelays;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.theme.ThemeManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the connect screen in light, dark and Chinese, for people to look at. */
@ExtendWith(ApplicationExtension.class)
class ConnectScreenshotsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void light() throws Exception {
        assertTrue(Files.size(shoot(ThemeChoice.LIGHT, Languages.ENGLISH, "connect-light")) > 0);
    }

    @Test
    void dark() throws Exception {
        assertTrue(Files.size(shoot(ThemeChoice.DARK, Languages.ENGLISH, "connect-dark")) > 0);
    }

    @Test
    void chinese() throws Exception {
        assertTrue(Files.size(shoot(ThemeChoice.LIGHT, Languages.SIMPLIFIED_CHINESE, "connect-zh-CN")) > 0);
    }

    private Path shoot(ThemeChoice theme, Locale locale, String name)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        RecentRelays store = new RecentRelays(Files.createTempDirectory("hearth-shots"));
        store.remember(new RecentRelay("relay.example.org", 7777, true, "小明", ConnectViewModelTest.FP, null));
        WaitForAsyncUtils.asyncFx(() -> {
            I18n.use(locale);
            FxThemes.use(theme);
            ConnectViewModel model = new ConnectViewModel(store, I18n.bundleFor(ConnectView.class), request -> { });
            model.inviteProperty().set("hearth://relay.example.org:7777?fp=" + ConnectViewModelTest.FP);
            model.nickProperty().set("@小明");
            stage.setScene(ThemeManager.style(new Scene(ConnectView.create(model, null, () -> { }, () -> { }), 1000, 700)));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return Screenshots.write(stage.getScene(), name);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> I18n.use(Languages.ENGLISH)).get(10, TimeUnit.SECONDS);
        }
    }
}
