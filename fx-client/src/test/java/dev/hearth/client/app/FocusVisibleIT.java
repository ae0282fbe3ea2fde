package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import javafx.scene.control.ListView;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the dark theme, a list that Tab has reached shows it: an accent outline it lacks unfocused. */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleIT {

    private TestRelay relay;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
        ChatWindow.start(stage, Files.createTempDirectory("hearth-it").resolve("alice"), "en", "dark");
    }

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void theFocusedConversationListIsOutlined(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        ListView<?> list = alice.find("#conversations");

        ChatWindow.fx(() -> {
            alice.find("#input").requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Border unfocused = ChatWindow.fx(list::getBorder);
        ChatWindow.fx(() -> {
            list.requestFocus();
            return null;
        });
        alice.await(() -> ChatWindow.fx(list::isFocused), "the list has the keyboard");
        WaitForAsyncUtils.waitForFxEvents();
        Border focused = ChatWindow.fx(list::getBorder);

        assertNotEquals(unfocused, focused, "focus changes how the list is drawn");
        BorderStroke stroke = focused.getStrokes().getFirst();
        assertTrue(stroke.getWidths().getTop() >= 2, "an outline two pixels wide: " + stroke.getWidths());
        Color colour = (Color) stroke.getTopStroke();
        assertTrue(colour.getOpacity() > 0.9 && colour.getBrightness() > 0.5, "visible on the dark background: " + colour);
    }
}
