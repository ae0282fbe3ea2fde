package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Message;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sessions and the relay-wide replay budget together, without a router: every way a session's
 * resumption memory grows or shrinks reaches the budget, and a session that gives its memory up
 * can no longer be resumed from before but goes on keeping what it is sent.
 */
class ResumptionMemoryTest {
    private static final byte[] LINE = "{\"type\":\"presence\"}".getBytes(StandardCharsets.UTF_8);

    private static Session session(String nick, ReplayBudget budget) {
        return new Session("token-" + nick, nick, nick, new ReplayBuffer(1 << 20), new RecentEchoes(1000),
                new TokenBucket(1, 1, () -> 0), budget);
    }

    @Test
    void everyLineKeptCountsAgainstTheBudgetWithItsOverhead() {
        ReplayBudget budget = new ReplayBudget(1 << 20);
        Session alice = session("alice", budget);
        alice.deliver(LINE);
        alice.deliver(LINE);

        assertEquals(alice.replay().heldBytes(), budget.bytes());
        assertTrue(budget.bytes() >= 2 * (LINE.length + OutLine.OVERHEAD_BYTES),
                () -> budget.bytes() + " bytes counted for two lines");
    }

    @Test
    void acknowledgingAndEndingGiveTheBytesBack() {
        ReplayBudget budget = new ReplayBudget(1 << 20);
        Session alice = session("alice", budget);
        for (int i = 0; i < 10; i++) {
            alice.deliver(LINE);
        }
        alice.rememberEcho("c1", message("hello"));
        long echo = budget.bytes() - alice.replay().heldBytes();
        assertTrue(echo > 0, "an echo costs memory too");

        alice.acknowledge(10);
        assertEquals(echo, budget.bytes(), "acknowledged lines are given back, the echo is kept");
        alice.end();
        assertEquals(0, budget.bytes());
    }

    @Test
    void anEndedSessionKeepsNothingMore() {
        ReplayBudget budget = new ReplayBudget(1 << 20);
        Session alice = session("alice", budget);
        alice.end();

        alice.deliver(LINE);
        alice.rememberEcho("c1", message("late"));

        assertEquals(0, budget.bytes());
        assertEquals(1, alice.lastN(), "lines are still numbered");
    }

    @Test
    void pastTheBudgetTheSessionHoldingMostCannotResumeFromBeforeButOthersCan() {
        // Room for 42 lines, each with its counter (up to ,"n":99) and overhead.
        ReplayBudget budget = new ReplayBudget(42 * (LINE.length + 10 + OutLine.OVERHEAD_BYTES));
        Session reader = session("reader", budget);
        Session sleeper = session("sleeper", budget);
        for (int i = 0; i < 30; i++) {
            sleeper.deliver(LINE);
            if (i % 3 == 0) {
                reader.deliver(LINE);
            }
        }
        assertTrue(sleeper.replay().canReplayAfter(0, sleeper.lastN()));

        for (int i = 0; i < 5; i++) {
            reader.deliver(LINE); // 30 + 15 lines: past the budget once the reader holds 13
        }

        assertFalse(sleeper.replay().canReplayAfter(0, sleeper.lastN()), "the largest gave up its lines");
        assertTrue(sleeper.replay().canReplayAfter(30, sleeper.lastN()), "a client that had everything may resume");
        assertTrue(reader.replay().canReplayAfter(0, reader.lastN()), "the other kept all of its lines");
        assertEquals(reader.replay().heldBytes(), budget.bytes());

        sleeper.deliver(LINE);
        assertEquals(31, sleeper.lastN());
        assertEquals(1, sleeper.replay().after(30).size(), "what comes after is kept again");
        assertTrue(sleeper.replay().canReplayAfter(30, sleeper.lastN()));
    }

    @Test
    void rememberedEchoesCountAndAreGivenUpWithTheReplay() {
        ReplayBudget budget = new ReplayBudget(100_000);
        Session talker = session("talker", budget);
        Session quiet = session("quiet", budget);
        quiet.deliver(LINE);
        String text = "😀".repeat(4000); // 8,000 UTF-16 units: 16 KB a message
        for (int i = 0; i < 6; i++) {
            talker.deliver(LINE);
            talker.rememberEcho("c" + i, message(text));
        }
        assertNotNull(talker.echoes().find("c0"), "six echoes of 16 KB fit in 100,000 bytes");

        talker.rememberEcho("c6", message(text));

        assertNull(talker.echoes().find("c0"), "the seventh is past the budget: the talker gives up its echoes");
        assertNull(talker.echoes().find("c6"));
        assertFalse(talker.replay().canReplayAfter(0, talker.lastN()), "and its replay, together");
        assertTrue(quiet.replay().canReplayAfter(0, quiet.lastN()));
        assertEquals(quiet.replay().heldBytes(), budget.bytes());
        talker.rememberEcho("c7", message(text));
        assertNotNull(talker.echoes().find("c7"), "what comes after is remembered again");
    }

    private static Message message(String text) {
        return new Message("lobby", 1L, Instant.parse("2026-12-04T12:00:00Z"), "talker", text, "c0");
    }
}
