package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A conversation scrolled to the bottom stays there, whatever arrives (a room's backlog, the
 * answer to {@code /help}, long and short lines); one scrolled up stays where it is and offers
 * "New messages ↓". On the real scene against a real TLS relay.
 */
@ExtendWith(ApplicationExtension.class)
class FollowLatestIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient bob;
    private EventLog bobLog;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b.ratePerSecond(500).burst(500));
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("alice"));
        stage.setWidth(1000);
        stage.setHeight(700);
    }

    @AfterEach
    void stop() {
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void theNewestLineStaysInViewAndAReaderFurtherUpIsLeftThere(FxRobot robot) {
        bobWritesTheBacklog(40);
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.send("/join lobby");
        alice.await(() -> alice.messages().size() == 40, "the backlog");
        alice.await(() -> lastLineFullyInView(alice), "the newest line in view after the backlog");

        alice.send("/help");
        alice.await(() -> alice.lines().getLast() instanceof ChatLine.SystemLine s && !s.text().startsWith("You joined"),
                "the help");
        alice.await(() -> lastLineFullyInView(alice), "the end of the help in view");

        bob.say("lobby", "a long line ".repeat(60));
        alice.await(() -> alice.messages().size() == 41, "bob's long line");
        alice.await(() -> lastLineFullyInView(alice), "a long line in view, to its end");

        robot.moveTo(alice.<ListView<ChatLine>>find("#lines"));
        for (int i = 0; i < 30 && firstIndexInView(alice) != 0; i++) {
            robot.scroll(20, VerticalDirection.UP);
        }
        alice.await(() -> firstIndexInView(alice) == 0, "scrolled to the top with the wheel");
        bob.say("lobby", "while alice reads old lines");
        alice.await(() -> alice.messages().size() == 42, "the new line");
        Button newBelow = alice.find("#newBelow");
        alice.await(() -> ChatWindow.fx(newBelow::isVisible), "New messages shown");
        assertEquals(0, firstIndexInView(alice), "the reader was left where they were");
        assertFalse(lastLineFullyInView(alice));

        ChatWindow.fx(() -> {
            newBelow.fire();
            return null;
        });
        alice.await(() -> lastLineFullyInView(alice), "jumped to the newest line");
        assertFalse(ChatWindow.fx(newBelow::isVisible), "and the button went away");
    }

    private void bobWritesTheBacklog(int count) {
        bobLog = new EventLog();
        bob = Friend.join(relay, config, "bob", "lobby", bobLog);
        for (int i = 1; i <= count; i++) {
            bob.say("lobby", i % 7 == 0 ? ("line " + i + " ").repeat(30) : "line " + i);
        }
        bobLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Message m && ("line " + count).equals(m.text()), WAIT);
    }

    private static boolean lastLineFullyInView(ChatWindow window) {
        return ChatWindow.fx(() -> {
            ListView<ChatLine> list = window.find("#lines");
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (last == null || last.getIndex() != list.getItems().size() - 1) {
                return false;
            }
            Bounds cell = last.localToScene(last.getBoundsInLocal());
            Bounds view = flow.localToScene(flow.getBoundsInLocal());
            return cell.getMaxY() <= view.getMaxY() + 1 && cell.getMinY() >= view.getMinY() - 1;
        });
    }

    private static int firstIndexInView(ChatWindow window) {
        return ChatWindow.fx(() -> {
            ListView<ChatLine> list = window.find("#lines");
            IndexedCell<?> first = ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        });
    }
}
