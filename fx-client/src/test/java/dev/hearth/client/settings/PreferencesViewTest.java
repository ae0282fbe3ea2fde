package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreferencesViewTest {

    private final List<ThemeChoice> applied = new CopyOnWriteArrayList<>();
    private PreferencesViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        I18n.use(Languages.ENGLISH);
        model = new PreferencesViewModel(new PreferencesStore(Files.createTempDirectory("hearth-prefs")), applied::add);
        stage.setScene(new Scene(PreferencesView.create(model, stage::close)));
        stage.show();
    }

    @Test
    void pickingDarkAppliesIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("#themeChoice").clickOn("Dark");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !applied.isEmpty());
        assertEquals(List.of(ThemeChoice.DARK), applied);
    }

    @Test
    void doNotDisturbTicks(FxRobot robot) throws TimeoutException {
        robot.clickOn("#doNotDisturbBox");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model::doNotDisturb);
    }
}
