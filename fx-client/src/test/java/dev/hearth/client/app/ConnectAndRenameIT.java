package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.RecentRelay;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The connect screen after a refusal, and a nick changed in the chat, on the real scenes
 * against a real TLS relay with a password: no password says the relay needs one and puts the
 * keyboard in the password field; only a relay that let us in becomes a recent one, with the
 * nick in use; after {@code /nick} the members list shows the new nick, not the old.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectAndRenameIT {

    private TestRelay relay;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b.password("open sesame"));
        ChatWindow.start(stage, Files.createTempDirectory("hearth-it").resolve("alice"));
    }

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void aMissingPasswordIsAskedForAndOnlyTheSuccessfulLoginIsRemembered(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.fill("#inviteField", relay.invite(null));
        alice.fill("#nickField", "alice");
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.Button>find("#connectButton").fire();
            return null;
        });

        alice.await(() -> alice.has("#passwordError") && ChatWindow.fx(() -> alice.<Label>find("#passwordError").isVisible()),
                "the refusal under the password");
        assertEquals("This relay needs a password. Ask your host for it, or for an invite that carries it.",
                ChatWindow.fx(() -> alice.<Label>find("#passwordError").getText()));
        PasswordField password = alice.find("#passwordField");
        alice.await(() -> ChatWindow.fx(() -> stage.getScene().getFocusOwner() == password), "the keyboard in the password field");
        assertSame(password, ChatWindow.fx(() -> stage.getScene().getFocusOwner()));
        assertEquals(List.of(), recent(alice), "a refused attempt is not a recent relay");

        alice.fill("#passwordField", "open sesame");
        alice.connect(relay.invite("open sesame"), "alice");
        alice.send("/join lobby");
        alice.await(() -> members(alice).equals(List.of("alice")), "alice among the members");
        alice.send("/nick queen");
        alice.await(() -> members(alice).equals(List.of("queen")), "the members list shows the new nick only");

        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.Button>find("#disconnect").fire();
            return null;
        });
        alice.await(() -> alice.has("#recentList"), "back at the connect screen");
        List<RecentRelay> recent = recent(alice);
        assertEquals(1, recent.size(), recent.toString());
        assertEquals("queen", recent.getFirst().nick(), "the relay is offered with the nick in use");
        assertTrue(ChatWindow.fx(() -> alice.<javafx.scene.control.TextField>find("#nickField").getText()).equals("queen"));
    }

    private static List<String> members(ChatWindow window) {
        return ChatWindow.fx(() -> {
            ListView<String> list = window.find("#members");
            return list.getItems() == null ? List.of() : List.copyOf(list.getItems());
        });
    }

    private static List<RecentRelay> recent(ChatWindow window) {
        return ChatWindow.fx(() -> List.copyOf(window.<ListView<RecentRelay>>find("#recentList").getItems()));
    }
}
