package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.Conversation;
import dev.hearth.client.chat.ConversationKind;
import dev.hearth.client.chat.Delivery;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The whole client, on its real scenes, against a real TLS relay started in-process. */
@ExtendWith(ApplicationExtension.class)
class ChatAppIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient friend;
    private EventLog friendLog;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b.ratePerSecond(200).burst(200));
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("alice"));
    }

    @AfterEach
    void stop() {
        if (friend != null) {
            friend.close();
        }
        relay.close();
    }

    private ChatWindow alice(FxRobot robot) {
        return ChatWindow.of(robot, stage);
    }

    /** A second person, on a headless client of their own. */
    private void friendJoins(String nick, String room) {
        friendLog = new EventLog();
        friend = Friend.join(relay, config, nick, room, friendLog);
    }

    @Test
    void connectsWithAnInviteAndShowsTheRelaysKey(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");

        String key = ChatWindow.fx(() -> alice.<Label>find("#fingerprint").getText());
        assertTrue(key.contains(relay.fingerprint()), key);
        assertEquals(relay.fingerprint(), new KnownRelaysFile(config.resolve("alice")).pinFor(relay.address()).orElseThrow());
    }

    @Test
    void aBadNickShowsTheRuleAndConnectStaysDisabled(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.fill("#inviteField", relay.invite(null));
        alice.fill("#nickField", "two words");
        String rule = ChatWindow.fx(() -> alice.<Label>find("#nickError").getText());
        assertFalse(rule.isBlank());
        assertTrue(rule.toLowerCase().contains("space"), rule);
        assertTrue(ChatWindow.fx(() -> alice.<javafx.scene.control.Button>find("#connectButton").isDisabled()));
    }

    @Test
    void ownMessageGoesFromPendingToConfirmed(FxRobot robot) throws Exception {
        try (CuttableProxy proxy = new CuttableProxy(relay.port())) {
            ChatWindow alice = alice(robot);
            alice.connect(Invite.tls("127.0.0.1", proxy.port(), relay.fingerprint(), null).format(), "alice");
            alice.join("lobby");

            // On loopback the echo is back within a millisecond; to see "pending" the relay must be away.
            proxy.refuse(true);
            proxy.cutAll();
            alice.awaitStatus("Connection lost");
            alice.send("hello while offline");
            assertEquals(Delivery.PENDING, alice.messages().getLast().delivery());
            alice.await(() -> alice.has(".pending"), "the line is drawn as pending");

            proxy.refuse(false);
            alice.await(() -> alice.messages().getLast().delivery() == Delivery.CONFIRMED, "confirmed after reconnecting");
            assertEquals(1, alice.messages().stream().filter(m -> m.text().equals("hello while offline")).count());
            alice.await(() -> !alice.has(".pending"), "no longer drawn as pending");
        }
    }

    @Test
    void aSecondPersonsMessageAppearsAndMineIsConfirmed(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        alice.send("/join lobby");
        friendJoins("bob", "lobby");
        alice.send("hi bob");
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.text().equals("hi bob") && m.delivery() == Delivery.CONFIRMED),
                "own message confirmed");

        friend.say("lobby", "hi alice, see https://example.org/x");

        alice.await(() -> alice.messages().stream().anyMatch(m -> m.from().equals("bob")), "bob's message");
        ChatLine.MessageLine fromBob = alice.messages().getLast();
        assertEquals("hi alice, see https://example.org/x", fromBob.text());
        assertTrue(fromBob.mention());
        alice.await(() -> alice.has(".message-link"), "the link is drawn as a link");
    }

    @Test
    void aDirectMessageOpensItsOwnConversationWithAnUnreadBadge(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        friendJoins("bob", null);

        friend.dm("alice", "psst");

        alice.await(() -> alice.conversation("bob") != null, "a conversation with bob");
        Conversation bob = alice.conversation("bob");
        assertEquals(ConversationKind.DIRECT, bob.kind());
        assertEquals(1, ChatWindow.fx(() -> bob.unreadProperty().get()));
        alice.await(() -> alice.has(".badge") && ChatWindow.fx(() -> robot.from(stage.getScene().getRoot())
                .lookup(".badge").queryAll().stream().anyMatch(n -> n.isVisible() && "1".equals(((Label) n).getText()))), "badge 1");
        assertEquals("(1) Hearth", ChatWindow.fx(stage::getTitle));

        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".conversation-name")
                .match(n -> ((Label) n).getText().contains("bob")).queryLabeled());
        alice.await(() -> "bob".equals(alice.title()), "bob's conversation shown");
        assertEquals(0, ChatWindow.fx(() -> bob.unreadProperty().get()));
        assertEquals("Hearth", ChatWindow.fx(stage::getTitle));
    }

    @Test
    void everySlashCommandDoesWhatItSays(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        friendJoins("bob", "kitchen");

        alice.send("/join #kitchen");
        alice.await(() -> "#kitchen".equals(alice.title()), "/join");
        alice.send("/who");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("In #kitchen: alice, bob")), "/who");
        alice.send("/ls");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.startsWith("Online (2)")), "/ls");
        alice.send("/mute");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("#kitchen is muted")
                && t.contains("never reach you, not even after you unmute")), "/mute says what muting does");
        alice.send("/i");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("#kitchen is unmuted")), "/i");
        alice.send("/ignore bob");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("You ignore bob")), "/ignore");
        alice.send("/unignore bob");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("no longer ignore bob")), "/unignore");
        alice.send("/help");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("/join")), "/help");
        alice.send("/frobnicate now");
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("/frobnicate")), "unknown command explained");
        assertEquals("", alice.input(), "an unknown command leaves the box, so what is typed next starts afresh");
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.TextArea>find("#input").fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.UP, false, false, false, false));
            return null;
        });
        assertEquals("/frobnicate now", alice.input(), "and \u2191 brings it back to fix");
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.TextArea>find("#input").clear();
            return null;
        });

        alice.send("/msg bob hello there");
        friendLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Dm d && "hello there".equals(d.text()), WAIT);
        alice.await(() -> "bob".equals(alice.title()), "/msg opens the conversation");
        alice.send("@bob and again");
        friendLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Dm d && "and again".equals(d.text()), WAIT);

        alice.send("/nick alicia");
        alice.awaitStatus("Connected as alicia");
        alice.send("/join kitchen");
        alice.await(() -> "#kitchen".equals(alice.title()), "back in kitchen");
        alice.send("/leave");
        alice.await(() -> alice.conversation("kitchen") == null, "/leave");
        alice.send("/quit");
        alice.awaitStatus("Offline");
    }

    @Test
    void aChangedRelayKeyIsRefusedWithBothKeysShown(FxRobot robot) {
        String oldKey = "sha256:" + "Q".repeat(43);
        new KnownRelaysFile(config.resolve("alice")).pin(relay.address(), oldKey);
        ChatWindow alice = alice(robot);
        alice.fill("#inviteField", relay.invite(null));
        alice.fill("#nickField", "alice");
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.Button>find("#connectButton").fire();
            return null;
        });

        alice.await(() -> robot.lookup("#presentedField").tryQuery().isPresent(), "the changed-key warning");
        assertEquals(relay.fingerprint(), ChatWindow.fx(() -> robot.lookup("#presentedField").queryAs(TextField.class).getText()));
        assertEquals(oldKey, ChatWindow.fx(() -> robot.lookup("#expectedField").queryAs(TextField.class).getText()));
        assertFalse(robot.lookup("#trustButton").tryQuery().isPresent(), "no way to connect anyway");
        // Nothing reached the relay: the nick is still free for someone else.
        friendJoins("alice", null);
    }

    @Test
    void enterSendsAndShiftEnterBreaksTheLine(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");

        alice.typeIntoInput("first line");
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.SHIFT);
        robot.write("second line");
        assertEquals("first line\nsecond line", alice.input());
        robot.type(javafx.scene.input.KeyCode.ENTER);

        alice.await(() -> alice.messages().stream().anyMatch(m -> m.text().equals("first line\nsecond line")
                && m.delivery() == Delivery.CONFIRMED), "the two-line message confirmed");
        assertEquals("", alice.input());
        robot.type(javafx.scene.input.KeyCode.UP);
        assertEquals("first line\nsecond line", alice.input(), "up recalls the last line");
    }

    @Test
    void doubleClickingAMemberOpensADirectConversation(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        friendJoins("bob", "lobby");
        alice.send("/join lobby");
        alice.await(() -> ChatWindow.fx(() -> robot.from(stage.getScene().getRoot()).lookup(".member-cell .nick")
                .queryAll().stream().anyMatch(n -> "bob".equals(((Label) n).getText()))), "bob in the member list");

        robot.doubleClickOn(robot.from(stage.getScene().getRoot()).lookup(".member-cell .nick")
                .match(n -> "bob".equals(((Label) n).getText())).queryLabeled());

        alice.await(() -> "bob".equals(alice.title()), "the conversation with bob");
        alice.await(() -> "\u25CF online".equals(memberCount(alice)), "bob shown online, asked of the relay");
        assertTrue(alice.systemTexts().stream().noneMatch(t -> t.startsWith("Online (")), "the check is quiet");
        alice.send("hello bob");
        friendLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Dm d && "hello bob".equals(d.text()), WAIT);
    }

    @Test
    void aRefusedMessageShowsRetryAndRetrySendsItAgain(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        alice.send("/msg bob are you there?");
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.delivery() == Delivery.FAILED), "failed: bob is offline");
        assertTrue(alice.messages().getLast().failure().contains("Nobody by that nick"), alice.messages().getLast().failure());
        alice.await(() -> memberCount(alice).startsWith("offline"), "bob shown offline");

        friendJoins("bob", null);
        alice.await(() -> alice.has(".retry"), "the failed line's cell shows Retry"); // the cell updates on the next pulse
        // The list's spare cells are in the scene too, hidden: only the shown Retry is clicked.
        Button retry = ChatWindow.fx(() -> robot.from(stage.getScene().getRoot()).lookup(".retry")
                .match(NodeQueryUtils.isVisible()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(retry);

        try {
            friendLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Dm d && "are you there?".equals(d.text()), WAIT);
        } catch (AssertionError e) {
            throw new AssertionError("bob never got the retried line; alice's lines: " + alice.messages(), e);
        }
        alice.await(() -> alice.messages().getLast().delivery() == Delivery.CONFIRMED, "confirmed after retry");
        assertEquals(1, alice.messages().size());
    }

    @Test
    void tabCompletesNicksAndCommandsAndOtherwiseMovesTheFocus(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.connect(relay.invite(null), "alice");
        friendJoins("bob", "lobby");
        alice.send("/join lobby");
        alice.await(() -> ChatWindow.fx(() -> alice.conversation("lobby") != null
                && alice.conversation("lobby").members().contains("bob")), "bob is a member");

        alice.typeIntoInput("bo");
        robot.type(javafx.scene.input.KeyCode.TAB);
        assertEquals("bob: ", alice.input());

        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.TextArea>find("#input").clear();
            return null;
        });
        robot.write("/jo");
        robot.type(javafx.scene.input.KeyCode.TAB);
        assertEquals("/join ", alice.input());

        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.TextArea>find("#input").setText("nothing to complete ");
            alice.<javafx.scene.control.TextArea>find("#input").end();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.TAB);
        assertEquals("nothing to complete ", alice.input(), "no tab character inserted");
        assertFalse(ChatWindow.fx(() -> alice.<javafx.scene.control.TextArea>find("#input").isFocused()), "focus moved on");
    }

    @Test
    void anUnreachableRelayLeadsBackToTheFormWithTheReason(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ChatWindow alice = alice(robot);
        alice.fill("#inviteField", Invite.tls("127.0.0.1", closedPort, relay.fingerprint(), null).format());
        alice.fill("#nickField", "alice");
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.Button>find("#connectButton").fire();
            return null;
        });

        alice.await(() -> alice.has("#banner") && ChatWindow.fx(() -> alice.<Label>find("#banner").getText())
                .equals("Could not connect to 127.0.0.1:" + closedPort + ": nothing answers on that port."
                        + " Is the relay running, and is the port forwarded?"), "the reason on the connect screen");
        assertEquals("alice", ChatWindow.fx(() -> alice.<TextField>find("#nickField").getText()), "the form is kept");
    }

    @Test
    void aManualConnectionShowsTheKeyAndConnectsOnceTrusted(FxRobot robot) {
        ChatWindow alice = alice(robot);
        alice.fill("#hostField", "127.0.0.1");
        alice.fill("#portField", String.valueOf(relay.port()));
        alice.fill("#nickField", "alice");
        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.Button>find("#connectButton").fire();
            return null;
        });

        alice.await(() -> robot.lookup("#trustButton").tryQuery().isPresent(), "the first-contact question");
        assertEquals(relay.fingerprint(), ChatWindow.fx(() -> robot.lookup("#fingerprintField").queryAs(TextField.class).getText()));
        assertTrue(new KnownRelaysFile(config.resolve("alice")).pinFor(relay.address()).isEmpty(), "nothing pinned before the answer");
        // Fired, not clicked: the headless window manager can hand a click on a dialog to the window beneath.
        ChatWindow.fx(() -> {
            robot.lookup("#trustButton").queryButton().fire();
            return null;
        });

        alice.awaitStatus("Connected as alice");
        assertEquals(relay.fingerprint(), new KnownRelaysFile(config.resolve("alice")).pinFor(relay.address()).orElseThrow());
    }

    private static String memberCount(ChatWindow window) {
        return ChatWindow.fx(() -> window.<Label>find("#memberCount").getText());
    }
}
