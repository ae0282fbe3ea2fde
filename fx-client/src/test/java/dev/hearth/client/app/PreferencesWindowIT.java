package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hearth.client.chat.Delivery;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Preferences opens beside the chat without blocking it, and closes with its Close button, Esc
 * or Ctrl+W. The real app against a real TLS relay; typing goes through the platform's input,
 * which a modal window would hold back.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowIT {

    private TestRelay relay;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
        ChatWindow.start(stage, Files.createTempDirectory("hearth-it").resolve("alice"));
    }

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void preferencesLeaveTheChatUsableAndCloseWithTheirButtonEscAndCtrlW(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");

        Stage preferences = alice.openPreferences();
        assertEquals(Modality.NONE, ChatWindow.fx(preferences::getModality));
        ChatWindow.fx(() -> {
            preferences.setY(0); // off the message box, as a person would move it
            stage.requestFocus(); // a click on the main window focuses it; the headless window manager needs telling
            return null;
        });
        alice.typeIntoInput("typed while preferences are open");
        assertEquals("typed while preferences are open", alice.input(), "the keyboard reached the main window");
        alice.send(alice.input());
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.text().equals("typed while preferences are open")
                && m.delivery() == Delivery.CONFIRMED), "the message sent from the main window");
        assertEquals(true, ChatWindow.fx(preferences::isShowing), "preferences stay open beside the chat");

        press(preferences, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
        alice.await(() -> !ChatWindow.fx(preferences::isShowing), "Esc closes");

        assertEquals(preferences, alice.openPreferences(), "the same window comes back");
        press(preferences, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.W, false, true, false, false));
        alice.await(() -> !ChatWindow.fx(preferences::isShowing), "Ctrl+W closes");

        alice.openPreferences();
        ChatWindow.fx(() -> {
            ((Button) preferences.getScene().getRoot().lookup("#closeButton")).fire();
            return null;
        });
        alice.await(() -> !ChatWindow.fx(preferences::isShowing), "Close closes");
        assertFalse(ChatWindow.fx(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing())));
    }

    /** A key pressed in the preferences window, delivered where the platform would: its focused control. */
    private static void press(Stage window, KeyEvent key) {
        ChatWindow.fx(() -> {
            Node target = window.getScene().getFocusOwner() != null ? window.getScene().getFocusOwner()
                    : window.getScene().getRoot();
            target.fireEvent(key);
            return null;
        });
    }
}
