package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Left;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.Welcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a session carries from one connection to the next. */
class SessionMemoryTest {

    private final SessionMemory memory = new SessionMemory("ann", List.of("lobby"));

    private static Welcome welcome(String nick, String token) {
        return new Welcome(1, nick, token, "relay", null, List.of(), 0, null, null);
    }

    @Test
    void aFreshLoginRejoinsEveryRoomThenPingsAndAResumedOneOnlyPings() {
        List<Envelope> first = memory.welcomed(welcome("ann", "t1"), false);
        assertEquals(List.of(new Join("lobby", null), new Ping("sync-1")), first);
        assertEquals("t1", memory.token());
        assertTrue(memory.everLoggedIn());

        memory.track(new Joined("games", List.of("ann"), null));
        memory.track(new Left("lobby", null));
        assertEquals(List.of(new Ping("sync-2")), memory.welcomed(welcome("ann", "t2"), true));
        assertEquals(List.of(new Join("games", null), new Ping("sync-3")), memory.welcomed(welcome("ann", "t3"), false));
    }

    @Test
    void onlyTheLatestSyncPingsAnswerCountsAndOnlyOnce() {
        memory.welcomed(welcome("ann", "t1"), false);
        memory.welcomed(welcome("ann", "t2"), true);
        assertFalse(memory.isSyncAnswer(new Pong("sync-1")), "the first connection's answer is stale");
        assertFalse(memory.isSyncAnswer(new Pong(null)));
        assertTrue(memory.isSyncAnswer(new Pong("sync-2")));
        assertFalse(memory.isSyncAnswer(new Pong("sync-2")));
    }

    @Test
    void countersSeenBeforeADropAreNotReportedAgainAndAFreshSessionStartsOver() {
        memory.welcomed(welcome("ann", "t1"), false);
        assertTrue(memory.isNew(1));
        assertTrue(memory.isNew(2));
        assertFalse(memory.isNew(2));
        assertFalse(memory.isNew(1));
        assertEquals(2, memory.lastN());

        memory.welcomed(welcome("ann", "t2"), false);
        assertEquals(0, memory.lastN());
        assertTrue(memory.isNew(1));
    }

    @Test
    void ourEchoesAndErrorsSettleOurRequestsUnderTheCurrentNick() {
        Instant ts = Instant.parse("2026-12-05T10:00:00Z");
        assertEquals(Optional.of("c1"), memory.track(new Message("lobby", 1L, ts, "ann", "hi", "c1")));
        assertEquals(Optional.empty(), memory.track(new Message("lobby", 2L, ts, "bob", "hi", "c1")), "someone else's");
        assertEquals(Optional.of("c2"), memory.track(new ErrorReply("text-too-long", "no", "c2", null)));

        memory.track(new Nick("anna", "ann", null));
        assertEquals("anna", memory.nick());
        assertEquals(Optional.of("c3"), memory.track(new Dm("anna", "bob", "hi", ts, "c3")));
        assertEquals(Optional.empty(), memory.track(new Message("lobby", 3L, ts, "ann", "hi", "c4")));
    }

    @Test
    void theRelayMayRenameUsAtLogin() {
        memory.welcomed(welcome("ann2", "t1"), false);
        assertEquals("ann2", memory.nick());
    }
}
