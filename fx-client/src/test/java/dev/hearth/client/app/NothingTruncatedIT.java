package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.Delivery;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1000×700, in English and in Chinese, no label, button or line of the chat window is cut
 * short: a direct conversation with someone offline, a refused line, the status while
 * reconnecting. A direct conversation has no member panel; on a narrow window the members give
 * way to the conversation. The real scene against a real TLS relay.
 */
@ExtendWith(ApplicationExtension.class)
class NothingTruncatedIT {

    private TestRelay relay;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
    }

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void englishAt1000By700(FxRobot robot) throws Exception {
        everythingFits(robot, "en", "Connection lost");
    }

    @Test
    void chineseAt1000By700(FxRobot robot) throws Exception {
        everythingFits(robot, "zh-CN", "连接已断开");
    }

    private void everythingFits(FxRobot robot, String locale, String reconnecting) throws Exception {
        Path config = Files.createTempDirectory("hearth-it");
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, config.resolve("alice"), locale, "light");
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });
        ChatWindow alice = ChatWindow.of(robot, stage);
        try (CuttableProxy proxy = new CuttableProxy(relay.port())) {
            alice.fill("#inviteField", Invite.tls("127.0.0.1", proxy.port(), relay.fingerprint(), null).format());
            alice.fill("#nickField", "alice");
            ChatWindow.fx(() -> {
                alice.<javafx.scene.control.Button>find("#connectButton").fire();
                return null;
            });
            alice.await(() -> alice.has("#lines"), "the chat window");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), ChatWindow.fx(() -> stage.getScene().getRoot().lookupAll("*").stream()
                    .filter(b -> b instanceof ButtonBase l && shown(l) && (l.getText() == null || l.getText().isBlank()))
                    .map(Node::toString).toList()), "no unlabelled button while no conversation is open");
            alice.join("lobby");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), truncated(stage.getScene().getRoot()), "in a room");
            assertTrue(ChatWindow.fx(() -> alice.find("#memberPane").isVisible()), "a room shows its members");

            alice.send("/msg bob are you there? this line is refused because bob is not on the relay");
            alice.await(() -> alice.messages().stream().anyMatch(m -> m.delivery() == Delivery.FAILED), "refused");
            alice.await(() -> alice.has(".failed .retry"), "the refused line drawn");
            proxy.refuse(true);
            proxy.cutAll();
            alice.await(() -> alice.status().startsWith(reconnecting), "reconnecting");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), truncated(stage.getScene().getRoot()), "a direct conversation, offline, reconnecting");
            assertFalse(ChatWindow.fx(() -> alice.find("#memberPane").isVisible()), "a direct conversation has no member panel");

            ChatWindow.fx(() -> {
                stage.setWidth(800);
                stage.setHeight(500);
                return null;
            });
            alice.send("/join lobby");
            alice.await(() -> "#lobby".equals(alice.title()), "back in the room");
            alice.await(() -> !ChatWindow.fx(() -> alice.find("#memberPane").isVisible()), "at 800 wide the members give way");
        }
    }

    /** Every shown label, button or cell whose drawn text is not its whole text. */
    private static List<String> truncated(Parent root) {
        return ChatWindow.fx(() -> {
            List<String> cut = new ArrayList<>();
            for (Node node : root.lookupAll("*")) {
                if (node instanceof Labeled labeled && shown(labeled) && labeled.getText() != null
                        && !labeled.getText().isEmpty() && labeled.lookup(".text") instanceof Text drawn
                        && !drawn.getText().equals(labeled.getText())) {
                    cut.add("'" + labeled.getText() + "' drawn as '" + drawn.getText() + "'");
                }
            }
            return cut;
        });
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
