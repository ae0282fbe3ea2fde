package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.host.CloseQuestion;
import dev.hearth.client.host.HostingOptions;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.Dialogs;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Host a group on this computer" on the real app: one click opens the group (a real relay in the
 * app, on a real port; the build keeps port mapping and the announcement off), the host is in it
 * at once, a friend in a second window joins with the invite shown, they talk both ways, and
 * closing the host's window, once the host confirms, tells the friend the relay is shutting down.
 */
@ExtendWith(ApplicationExtension.class)
class HostFromAppIT {

    private Stage stage;
    private Path config;

    @BeforeAll
    static void anyFreePort() {
        System.setProperty(HostingOptions.PORT_PROPERTY, "0");
    }

    @AfterAll
    static void usualPort() {
        System.clearProperty(HostingOptions.PORT_PROPERTY);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("host"));
    }

    @Test
    void oneClickHostsAFriendJoinsWithTheInviteTheyTalkAndClosingTakesTheGroupOffline(FxRobot robot) {
        ChatWindow host = ChatWindow.of(robot, stage);
        host.fill("#nickField", "alice");
        ChatWindow.fx(() -> {
            host.<Button>find("#hostButton").fire();
            return null;
        });
        host.awaitStatus("Connected as alice");
        Stage hosting = ChatWindow.fx(HostFromAppIT::hostingWindow);
        String invite = ChatWindow.fx(() -> ((TextField) hosting.getScene().lookup("#inviteField")).getText());
        Invite parsed = Invite.parse(invite);
        assertTrue(parsed.password() != null && parsed.fingerprint() != null, "the invite is the key: " + parsed);
        assertTrue(Files.exists(config.resolve("host").resolve("data").resolve(Hosting.DIRECTORY)
                .resolve("relay-password")), "the group's password lives under the client's data directory");
        String reach = ChatWindow.fx(() -> ((Label) hosting.getScene().lookup("#reachability")).getText());
        assertTrue(reach.startsWith("Friends on this network can join."), reach);
        Button copy = ChatWindow.fx(() -> (Button) hosting.getScene().lookup("#copyButton"));
        ChatWindow.fx(() -> {
            copy.fire();
            return null;
        });
        assertEquals("Copied", ChatWindow.fx(copy::getText));

        ChatWindow.fx(() -> {
            hosting.close(); // the window goes, the group stays; "Your group…" in the chat brings it back
            return null;
        });
        ChatWindow.fx(() -> {
            host.<Button>find("#hostingButton").fire();
            return null;
        });
        host.await(() -> ChatWindow.fx(hosting::isShowing), "the hosting window back");

        ChatWindow guest = ChatWindow.openAnother(robot, config.resolve("guest"));
        guest.connect(invite, "bob");
        assertFalse(guest.has("#trustButton"), "the invite's key is pinned: no question");
        host.join("lobby");
        guest.join("lobby");
        host.send("welcome to my group");
        guest.await(() -> texts(guest).contains("welcome to my group"), "the host's message at the guest");
        guest.send("thanks for hosting");
        host.await(() -> texts(host).contains("thanks for hosting"), "the guest's message at the host");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Dialogs.answer(host, CloseQuestion.STYLE_CLASS, true);
        guest.await(() -> guest.systemTexts().contains("The relay is shutting down."), "the shutting-down notice");
        host.await(() -> ChatWindow.fx(() -> !stage.isShowing() && !hosting.isShowing()), "the host's windows closed");
    }

    private static java.util.List<String> texts(ChatWindow window) {
        return window.messages().stream().map(ChatLine.MessageLine::text).toList();
    }

    private static Stage hostingWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && "Host a group".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow();
    }
}
