package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Liveness decided from what was heard and written, on a clock the test turns. */
class KeepaliveTest {

    private static final long S = 1_000_000_000L;

    private final Keepalive keepalive = new Keepalive(Duration.ofSeconds(12), Duration.ofSeconds(5), 0);

    @Test
    void aQuietRelayIsPingedAfterTwelveSecondsAndGivenUpFiveSecondsLater() {
        assertFalse(keepalive.probeDue(12 * S - 1));
        assertEquals(12 * S, keepalive.untilNextCheck(0));
        assertTrue(keepalive.probeDue(12 * S));
        keepalive.probed(12 * S);
        assertFalse(keepalive.probeDue(13 * S), "one ping at a time");
        assertFalse(keepalive.dead(17 * S - 1));
        assertTrue(keepalive.dead(17 * S), "silent path noticed 17 s after the last word");
    }

    @Test
    void anyAnswerKeepsTheLinkAlive() {
        keepalive.probed(12 * S);
        keepalive.heard(14 * S);
        assertFalse(keepalive.dead(20 * S));
        assertFalse(keepalive.probeDue(25 * S));
        assertTrue(keepalive.probeDue(26 * S));
    }

    @Test
    void aMessageWithoutItsEchoIsFollowedByAPingAndAFrozenPathFoundWithinTenSeconds() {
        keepalive.heard(100 * S);
        keepalive.messageWritten(101 * S);
        keepalive.messageWritten(103 * S); // the first unanswered write counts
        assertFalse(keepalive.probeDue(106 * S - 1));
        assertTrue(keepalive.probeDue(106 * S));
        keepalive.probed(106 * S);
        assertTrue(keepalive.dead(111 * S), "ten seconds after sending into a dead path");
    }

    @Test
    void theEchoClearsTheMessageDeadline() {
        keepalive.messageWritten(1 * S);
        keepalive.heard(2 * S);
        assertFalse(keepalive.probeDue(8 * S));
        assertEquals(12 * S, keepalive.untilNextCheck(2 * S));
    }

    @Test
    void aFreshConnectionStartsAfresh() {
        keepalive.probed(12 * S);
        keepalive.reset(30 * S);
        assertFalse(keepalive.dead(40 * S));
        assertTrue(keepalive.probeDue(42 * S));
    }

    @Test
    void theDefaultsNoticeASilentPathWithinTwentySeconds() {
        ClientOptions defaults = ClientOptions.defaults();
        assertTrue(defaults.pingAfter().plus(defaults.answerWithin()).compareTo(Duration.ofSeconds(20)) <= 0);
        assertTrue(defaults.backoffCap().compareTo(Duration.ofSeconds(5)) <= 0, "nobody waits long once the relay is back");
    }
}
