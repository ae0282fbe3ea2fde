package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.Conversation;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * History on this computer in the real app: a returning user sees the room and the direct
 * conversation they had the moment they reconnect, before the relay has answered, with no line
 * twice once the relay's backlog arrives; scrolling to the top brings older history in.
 */
@ExtendWith(ApplicationExtension.class)
class KeptHistoryIT {

    private static final int SAID = 130;

    private TestRelay relay;
    private Path config;
    private Stage first;
    private RelayClient bob;

    @Start
    void start(Stage stage) throws Exception {
        first = stage;
        // bob talks faster than a person; the backlog is longer than a page, so the relay repeats lines already kept
        relay = TestRelay.tls(b -> b.ratePerSecond(1000).burst(1000).backlog(200));
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
    void aReturningUserFindsTheirConversationsAtOnceAndPagesBackThroughThem(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, first);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        bob = Friend.join(relay, config, "bob", "lobby", new EventLog());
        for (int i = 1; i <= SAID; i++) {
            bob.say("lobby", "line " + i);
        }
        bob.dm("alice", "just between us");
        alice.await(() -> alice.conversation("bob") != null && ChatWindow.fx(() -> messages(alice.conversation("lobby")).size()) == SAID,
                "everything arrived");

        ChatWindow.fx(() -> {
            alice.<Button>find("#disconnect").fire();
            return null;
        });
        alice.await(() -> alice.has("#reconnectButton"), "back at the connect screen");
        List<String> shownAtOnce = ChatWindow.fx(() -> {
            alice.<Button>find("#reconnectButton").fire(); // the session opens here; the relay answers later
            return alice.conversations().stream().map(Conversation::name).sorted().toList();
        });
        // (their order, newest first, is HistoryStoreTest's: here the dm and bob's last line may share a millisecond)
        assertEquals(List.of("bob", "lobby"), shownAtOnce, "both conversations before the relay said anything");
        alice.awaitStatus("Connected as alice");
        alice.await(() -> ChatWindow.fx(() -> messages(alice.conversation("bob"))).equals(List.of("just between us")), "the dm kept");
        List<String> lobby = ChatWindow.fx(() -> messages(alice.conversation("lobby")));
        assertEquals(100, lobby.size(), "a page of the newest, and no second copy from the relay's backlog: " + lobby.size());
        assertEquals("line " + SAID, lobby.getLast());

        ChatWindow.fx(() -> {
            alice.<ListView<Conversation>>find("#conversations").getSelectionModel().select(alice.conversation("lobby"));
            return null;
        });
        alice.await(() -> "#lobby".equals(alice.title()), "lobby open again");
        for (int tries = 0; tries < 200 && ChatWindow.fx(() -> messages(alice.conversation("lobby")).size()) < SAID; tries++) {
            ChatWindow.fx(() -> {
                ListView<ChatLine> list = alice.find("#lines");
                list.lookup(".virtual-flow").fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 0, 0, 0, 0, false, false, false, false, false, false,
                        0, 400, 0, 400, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                return null;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> all = ChatWindow.fx(() -> messages(alice.conversation("lobby")));
        assertEquals(SAID, all.size(), "the older lines paged in by scrolling up");
        for (int i = 1; i <= SAID; i++) {
            assertEquals("line " + i, all.get(i - 1));
        }
        assertTrue(ChatWindow.fx(() -> !alice.conversation("lobby").olderStoredProperty().get()));
    }

    private static List<String> messages(Conversation conversation) {
        return conversation.lines().stream().filter(l -> l instanceof ChatLine.MessageLine)
                .map(l -> ((ChatLine.MessageLine) l).text()).toList();
    }
}
