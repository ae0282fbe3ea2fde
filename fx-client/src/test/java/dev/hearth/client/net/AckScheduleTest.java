package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Acknowledgements: at least every 50 envelopes or 5 s, on a clock the test turns. */
class AckScheduleTest {

    private static final long S = 1_000_000_000L;

    private final AckSchedule acks = new AckSchedule(50, Duration.ofSeconds(5));

    @Test
    void fiftyEnvelopesAreAcknowledgedAtOnce() {
        for (long n = 1; n <= 49; n++) {
            acks.processed(n, 0);
        }
        assertEquals(OptionalLong.empty(), acks.take(0));
        acks.processed(50, 0);
        assertEquals(OptionalLong.of(50), acks.take(0));
        assertEquals(OptionalLong.empty(), acks.take(0), "taken once");
    }

    @Test
    void aFewAreAcknowledgedFiveSecondsAfterTheFirstOfThem() {
        acks.processed(1, 10 * S);
        acks.processed(2, 12 * S);
        assertEquals(5 * S, acks.untilDue(10 * S));
        assertEquals(OptionalLong.empty(), acks.take(15 * S - 1));
        assertEquals(OptionalLong.of(2), acks.take(15 * S));
        assertEquals(Long.MAX_VALUE, acks.untilDue(15 * S), "nothing waits");
    }

    @Test
    void aFreshSessionCountsFromOneAgain() {
        acks.processed(70, 0);
        acks.take(0);
        acks.restart();
        acks.processed(1, S);
        assertEquals(OptionalLong.of(1), acks.take(6 * S));
    }
}
