package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.Dialogs;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.LineMenus;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Deleted;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Reaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Reply, react, edit and delete from the message menu and the keyboard, in the real scene,
 * against a real TLS relay, with a second person who sees every change arrive.
 */
@ExtendWith(ApplicationExtension.class)
class MessageActionsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient bob;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("alice"));
    }

    @AfterEach
    void stop() {
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void replyReactEditAndDeleteReachTheOtherPersonAndShowHere(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        EventLog bobSees = new EventLog();
        bob = Friend.join(relay, config, "bob", "lobby", bobSees);
        bob.say("lobby", "lunch at noon?");
        alice.await(() -> alice.has(".message-body") && ChatWindow.fx(() -> LineMenus.runNode(alice, "lunch at noon?") != null), "bob's line drawn");
        String bobsMid = alice.messages().stream().filter(m -> m.text().equals("lunch at noon?")).findFirst().orElseThrow().mid();

        // Reply from the menu: the box says what it answers; the message goes with the original's mid.
        LineMenus.requestMenuOn(alice, "lunch at noon?");
        LineMenus.choose(alice, "reply");
        alice.await(() -> ChatWindow.fx(() -> alice.<Label>find(".compose-words").getText()).equals("Replying to bob: lunch at noon?"),
                "the compose bar");
        alice.send("yes, the usual place");
        Message reply = bobSees.await(dev.hearth.client.net.ClientEvent.Received.class,
                r -> r.envelope() instanceof Message m && "yes, the usual place".equals(m.text()), WAIT).envelope() instanceof Message m ? m : null;
        assertEquals(bobsMid, reply.reply());
        alice.await(() -> ChatWindow.fx(() -> alice.lookupAll(".reply-quote").stream()
                .anyMatch(n -> ((Label) n).getText().equals("↪ bob: lunch at noon?"))), "the quote above alice's reply");
        assertTrue(ChatWindow.fx(() -> !alice.<Node>find(".compose-bar").isVisible()), "the reply mode ended");

        // React from the menu's React submenu: bob is told; the chip shows under the line here.
        LineMenus.requestMenuOn(alice, "lunch at noon?");
        LineMenus.choose(alice, "react-choice");
        bobSees.awaitTrue(log -> log.received(Reaction.class).stream().anyMatch(r -> bobsMid.equals(r.mid()) && "alice".equals(r.from())),
                WAIT, "bob sees the reaction");
        alice.await(() -> alice.has(".own-reaction"), "alice's reaction chip");

        // Up in the empty box edits the last message we sent.
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.TextArea>find("#input").clear();
            alice.<Node>find("#input").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.UP, false, false, false, false));
            return null;
        });
        alice.await(() -> alice.input().equals("yes, the usual place"), "the last message in the box to edit");
        alice.send("yes, the usual place at 12:30");
        bobSees.awaitTrue(log -> log.received(Edited.class).stream().anyMatch(e -> "yes, the usual place at 12:30".equals(e.text())),
                WAIT, "bob sees the edit");
        alice.await(() -> alice.has(".edited-mark"), "(edited) beside the new text");
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.text().equals("yes, the usual place at 12:30")), "the new text");

        // Delete asks first, then the message is gone for both.
        LineMenus.requestMenuOn(alice, "yes, the usual place at 12:30");
        LineMenus.chooseLater(alice, "delete-message");
        Dialogs.answer(alice, "delete-message-dialog", true);
        bobSees.awaitTrue(log -> log.received(Deleted.class).stream().anyMatch(d -> reply.mid().equals(d.mid())), WAIT, "bob sees the deletion");
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.deleted() && m.text().equals("message deleted")),
                "a quiet line where it was");
        assertTrue(alice.messages().stream().noneMatch(m -> m.text().contains("12:30")));
    }
}
