package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.client.net.RelayLink;
import dev.hearth.client.testing.MutableClock;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Presence;
import dev.hearth.protocol.Welcome;
import dev.hearth.protocol.Who;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A direct conversation knows whether its person is online, asking the relay quietly. */
class DirectPresenceTest {
    private static final String CHECK = "who (online check)";
    private static final Instant T0 = Instant.parse("2026-11-22T13:00:00Z");

    private final RecordingLink link = new RecordingLink();
    private final MutableClock clock = new MutableClock(T0);
    private ChatViewModel chat;
    private ClientEventRouter router;
    private final WindowEvents window = new WindowEvents();

    @BeforeEach
    void loggedInToLobbyWithBob() {
        chat = new ChatViewModel(link, clock, ZoneId.of("UTC"), new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH)),
                (title, body) -> { });
        router = new ClientEventRouter(chat, window);
        feed(new ClientEvent.StatusChanged(ConnectionStatus.CONNECTED, null),
                new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", null, null, List.of(), null, null, null), false, null),
                received(new Joined("lobby", List.of("alice", "bob"), null)));
    }

    @Test
    void openingADirectConversationAsksAndTheQuietAnswerMarksIt() {
        chat.openDirect("bob");
        assertEquals(CHECK, link.last());
        assertEquals(Online.UNKNOWN, bob().onlineProperty().get());
        int linesBefore = bob().lines().size();

        feed(received(new Who(null, List.of("alice", "Bob"), RelayLink.ONLINE_CHECK_ID)));
        assertEquals(Online.ONLINE, bob().onlineProperty().get(), "nicks compare by their key");
        assertEquals(linesBefore, bob().lines().size(), "the check's answer is not shown");

        feed(received(new Who(null, List.of("alice"), RelayLink.ONLINE_CHECK_ID)));
        assertEquals(Online.OFFLINE, bob().onlineProperty().get());
    }

    @Test
    void theUsersOwnListIsStillShownAndAlsoUpdatesTheMark() {
        chat.openDirect("bob");
        chat.submit("/ls");
        feed(received(new Who(null, List.of("alice", "bob"), null)));
        assertTrue(lastSystemText(bob()).contains("alice, bob"), lastSystemText(bob()));
        assertEquals(Online.ONLINE, bob().onlineProperty().get());
    }

    @Test
    void leavingASharedRoomMakesUsAskAgainAndTheirDmOrJoinSaysOnline() {
        chat.openDirect("bob");
        link.sent.clear();
        feed(received(new Presence("lobby", "bob", Presence.LEAVE, null, T0)));
        assertEquals(List.of(CHECK), link.sent, "bob left the room; he may still be on the relay");

        feed(received(new Who(null, List.of("alice"), RelayLink.ONLINE_CHECK_ID)));
        feed(received(new Presence("lobby", "bob", Presence.JOIN, null, T0)));
        assertEquals(Online.ONLINE, bob().onlineProperty().get());

        feed(received(new Who(null, List.of("alice"), RelayLink.ONLINE_CHECK_ID)));
        feed(received(new Dm("bob", "alice", "back", T0, null)));
        assertEquals(Online.ONLINE, bob().onlineProperty().get());
    }

    @Test
    void aDmRefusedForNoSuchNickMarksThemOffline() {
        chat.submit("/msg carol hi");
        String id = link.last().substring(link.last().lastIndexOf(' ') + 1);
        feed(received(new ErrorReply("no-such-nick", "nobody by that nick", id, false)));
        assertEquals(Online.OFFLINE, conversation(ConversationKind.DIRECT, "carol").onlineProperty().get());
    }

    @Test
    void whileADirectConversationIsShownItIsCheckedEveryHalfMinute() {
        chat.openDirect("bob");
        link.sent.clear();
        clock.advance(Duration.ofSeconds(10));
        chat.tick();
        assertFalse(link.sent.contains(CHECK));
        clock.advance(DirectPresence.RECHECK);
        chat.tick();
        assertEquals(List.of(CHECK), link.sent);

        chat.select(conversation(ConversationKind.ROOM, "lobby"));
        link.sent.clear();
        clock.advance(DirectPresence.RECHECK.multipliedBy(3));
        chat.tick();
        assertFalse(link.sent.contains(CHECK), "not while a room is shown");
    }

    private Conversation bob() {
        return conversation(ConversationKind.DIRECT, "bob");
    }

    private Conversation conversation(ConversationKind kind, String name) {
        return chat.conversations().stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst().orElse(null);
    }

    private void feed(ClientEvent... events) {
        router.route(List.of(events));
    }

    private static ClientEvent received(Envelope envelope) {
        return new ClientEvent.Received(envelope);
    }

    private static String lastSystemText(Conversation conversation) {
        return conversation.lines().stream().filter(l -> l instanceof ChatLine.SystemLine)
                .map(l -> ((ChatLine.SystemLine) l).text()).reduce((a, b) -> b).orElse("");
    }
}
