package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
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

    @Test
    void theCapOnKeptFilesIsReachedByTabAndTypedOrSteppedFromTheKeyboard(FxRobot robot) throws TimeoutException {
        Spinner<Integer> spinner = robot.lookup("#keepFilesSpinner").query();
        robot.interact(() -> robot.lookup("#keepHistoryBox").<CheckBox>query().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> spinner.isFocused() || spinner.getEditor().isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("200");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.keepFilesMbProperty().get() == 200);
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.keepFilesMbProperty().get() == 300);

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("150");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.keepFilesMbProperty().get() == 150);
        assertEquals(150, model.current().keepFilesMb(), "leaving the field applies what was typed");

        robot.interact(spinner::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("lots");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "150".equals(spinner.getEditor().getText()));
        assertEquals(150, model.keepFilesMbProperty().get(), "words are not a cap: the one there was stays");
    }

    @Test
    void withoutAHistoryThereIsNoCapToSet(FxRobot robot) {
        Node spinner = robot.lookup("#keepFilesSpinner").query();
        assertTrue(!spinner.isDisabled());
        robot.interact(() -> model.setKeepHistory(false));
        assertTrue(spinner.isDisabled());
    }
}
