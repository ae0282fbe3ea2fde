package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The login allowance runs from the first read, and stops while the relay handles what the peer sent. */
class LoginClockTest {
    private static final long MS = 1_000_000;
    private static final Duration ALLOWED = Duration.ofMillis(100);
    private final LoginClock clock = new LoginClock(ALLOWED);

    @Test
    void aPeerThatSendsNothingRunsOutOfTime() {
        clock.start(0);
        assertFalse(clock.overdue(100 * MS), "exactly the allowance is still in time");
        assertTrue(clock.overdue(101 * MS));
    }

    @Test
    void aHelloWaitingForABusyRelayDoesNotUseThePeersTime() {
        clock.start(0);
        clock.pause(10 * MS); // the hello arrived; the router is busy with others
        assertFalse(clock.overdue(60_000 * MS));
    }

    @Test
    void theTimeBetweenLinesAddsUp() {
        clock.start(0);
        clock.pause(60 * MS); // a ping
        clock.resume(1_000 * MS);
        assertFalse(clock.overdue(1_040 * MS), "100 ms of the peer's time");
        assertTrue(clock.overdue(1_041 * MS), "pings do not buy time, only the relay's handling of them is not counted");
    }

    @Test
    void anAnsweredHelloGivesAFreshAllowance() {
        clock.start(0);
        clock.pause(90 * MS);
        clock.allow(ALLOWED, 95 * MS); // nick-taken: try another
        clock.resume(100 * MS);
        assertFalse(clock.overdue(200 * MS));
        assertTrue(clock.overdue(201 * MS));
    }

    @Test
    void admissionsVerdictBeforeTheReaderStartsCountsFromTheFirstRead() {
        clock.allow(Duration.ofMillis(30), 0); // under load: a shorter allowance
        assertFalse(clock.overdue(60_000 * MS), "not read from yet: the pending-connection cap bounds these");
        clock.start(60_000 * MS);
        assertTrue(clock.overdue(60_031 * MS));
    }
}
