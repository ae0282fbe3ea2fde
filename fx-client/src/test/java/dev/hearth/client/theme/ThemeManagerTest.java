package dev.hearth.client.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.hearth.client.settings.ThemeChoice;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemeManagerTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
    }

    @Test
    void choosesPrimerLightOrDark() {
        assertEquals(PrimerLight.class, ThemeManager.themeFor(ThemeChoice.LIGHT, ColorScheme.DARK).getClass());
        assertEquals(PrimerDark.class, ThemeManager.themeFor(ThemeChoice.DARK, ColorScheme.LIGHT).getClass());
        assertEquals(PrimerDark.class, ThemeManager.themeFor(ThemeChoice.SYSTEM, ColorScheme.DARK).getClass());
        assertEquals(PrimerLight.class, ThemeManager.themeFor(ThemeChoice.SYSTEM, ColorScheme.LIGHT).getClass());
    }

    @Test
    void systemChoiceFollowsTheSchemeLiveAndStopsWhenOverridden(FxRobot robot) throws TimeoutException {
        SimpleObjectProperty<ColorScheme> scheme = new SimpleObjectProperty<>(ColorScheme.LIGHT);
        ThemeManager manager = new ThemeManager(scheme);
        robot.interact(() -> manager.use(ThemeChoice.SYSTEM));
        assertFalse(manager.darkProperty().get());
        robot.interact(() -> scheme.set(ColorScheme.DARK));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> manager.darkProperty().get());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        robot.interact(() -> manager.use(ThemeChoice.LIGHT));
        robot.interact(() -> scheme.set(ColorScheme.LIGHT));
        robot.interact(() -> scheme.set(ColorScheme.DARK));
        assertFalse(manager.darkProperty().get());
    }

    @Test
    void appStylesheetIsAddedOnce() {
        Scene scene = new Scene(new StackPane());
        ThemeManager.style(scene);
        ThemeManager.style(scene);
        assertEquals(1, scene.getStylesheets().size());
        assertTrue(ThemeManager.APP_STYLESHEET.endsWith("hearth.css"));
    }
}
