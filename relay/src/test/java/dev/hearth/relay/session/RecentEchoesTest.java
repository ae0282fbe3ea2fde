package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The memory remembered echoes are counted as: text and id, two bytes a character, plus a fixed overhead. */
class RecentEchoesTest {
    private static final Instant TS = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void anEchoCostsItsTextAndIdAtTwoBytesACharacterPlusItsOverhead() {
        RecentEchoes echoes = new RecentEchoes(10);
        echoes.remember("c1", new Message("lobby", 1L, TS, "alice", "x".repeat(100), "c1"));
        echoes.remember("d1", new Dm("alice", "bob", "y".repeat(50), TS, "d1"));

        long expected = 2 * RecentEchoes.ECHO_OVERHEAD_BYTES + 2L * (100 + 2) + 2L * (50 + 2);
        assertEquals(expected, echoes.heldBytes());
    }

    @Test
    void theEldestEchoPastTheCapacityGivesItsBytesBack() {
        RecentEchoes echoes = new RecentEchoes(2);
        for (int i = 0; i < 3; i++) {
            echoes.remember("c" + i, new Message("lobby", (long) i, TS, "alice", "x".repeat(100), "c" + i));
        }

        assertNull(echoes.find("c0"));
        assertEquals(2 * (RecentEchoes.ECHO_OVERHEAD_BYTES + 2L * (100 + 2)), echoes.heldBytes());
    }

    @Test
    void anIdRememberedAgainIsCountedOnce() {
        RecentEchoes echoes = new RecentEchoes(10);
        echoes.remember("c1", new Message("lobby", 1L, TS, "alice", "x".repeat(100), "c1"));
        echoes.remember("c1", new Message("lobby", 2L, TS, "alice", "x".repeat(10), "c1"));

        assertEquals(RecentEchoes.ECHO_OVERHEAD_BYTES + 2L * (10 + 2), echoes.heldBytes());
    }

    @Test
    void forgettingAllGivesEverythingBack() {
        RecentEchoes echoes = new RecentEchoes(10);
        echoes.remember("c1", new Message("lobby", 1L, TS, "alice", "hello", "c1"));
        echoes.forgetAll();

        assertEquals(0, echoes.heldBytes());
        assertNull(echoes.find("c1"));
        assertTrue(echoes.find(null) == null);
    }
}
