package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.Conversation;
import dev.hearth.client.chat.ConversationKind;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A returning user: the window opens where and as big as they left it; one click reconnects to
 * the last relay as the same nick, into the rooms they were in; with "reconnect when Hearth
 * starts" ticked, no click at all. Three runs of the real app on one config directory, against
 * a real TLS relay with a password they chose to remember.
 */
@ExtendWith(ApplicationExtension.class)
class ReturningUserIT {

    private TestRelay relay;
    private Path config;
    private Stage first;

    @Start
    void start(Stage stage) throws Exception {
        first = stage;
        relay = TestRelay.tls(b -> b.password("open sesame"));
        config = Files.createTempDirectory("hearth-it").resolve("alice");
        ChatWindow.start(stage, config);
    }

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void windowRoomsAndRelayComeBackWithOneClickOrNone(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, first);
        ChatWindow.fx(() -> {
            alice.<CheckBox>find("#rememberBox").setSelected(true);
            return null;
        });
        alice.connect(relay.invite("open sesame"), "alice");
        alice.send("/join kitchen");
        alice.send("/join lobby");
        alice.await(() -> rooms(alice).equals(List.of("kitchen", "lobby")), "in two rooms");
        ChatWindow.fx(() -> {
            first.setWidth(1100);
            first.setHeight(760);
            return null;
        });
        alice.await(() -> ChatWindow.fx(() -> first.getWidth() == 1100), "resized");
        leave(alice, first);

        ChatWindow second = ChatWindow.openAnother(robot, config);
        assertEquals(1100, ChatWindow.fx(() -> second.stage().getWidth()), "the width kept");
        assertEquals(760, ChatWindow.fx(() -> second.stage().getHeight()), "the height kept");
        Button reconnect = second.find("#reconnectButton");
        assertEquals("Reconnect to 127.0.0.1:" + relay.port() + " as alice", ChatWindow.fx(reconnect::getText));
        ChatWindow.fx(() -> {
            reconnect.fire();
            return null;
        });
        second.awaitStatus("Connected as alice");
        second.await(() -> rooms(second).equals(List.of("kitchen", "lobby")), "both rooms joined again");
        tickAutoConnect(second);
        leave(second, second.stage());

        ChatWindow third = ChatWindow.openAnother(robot, config);
        third.awaitStatus("Connected as alice");
        third.await(() -> rooms(third).equals(List.of("kitchen", "lobby")), "connected and in the rooms without a click");
        leave(third, third.stage());
    }

    private static List<String> rooms(ChatWindow window) {
        return window.conversations().stream().filter(c -> c.kind() == ConversationKind.ROOM)
                .map(Conversation::name).sorted().toList();
    }

    private static void tickAutoConnect(ChatWindow window) {
        ChatWindow.fx(() -> {
            window.stage().getScene().getRoot().lookupAll(".button").stream()
                    .filter(b -> b instanceof Button button && "Preferences…".equals(button.getText()))
                    .map(Button.class::cast).findFirst().orElseThrow().fire();
            return null;
        });
        window.await(() -> ChatWindow.fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().lookup("#autoConnectBox") != null)), "preferences open");
        ChatWindow.fx(() -> {
            Window prefs = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene().lookup("#autoConnectBox") != null)
                    .findFirst().orElseThrow();
            ((CheckBox) prefs.getScene().lookup("#autoConnectBox")).setSelected(true);
            ((Stage) prefs).close();
            return null;
        });
    }

    /** Disconnect (the relay frees the nick at once) and close the window, as quitting does. */
    private static void leave(ChatWindow window, Stage stage) {
        ChatWindow.fx(() -> {
            window.<Button>find("#disconnect").fire();
            return null;
        });
        window.await(() -> window.has("#reconnectButton"), "back at the connect screen");
        ChatWindow.fx(() -> {
            stage.hide();
            return null;
        });
        assertTrue(ChatWindow.fx(() -> !stage.isShowing()));
    }
}
