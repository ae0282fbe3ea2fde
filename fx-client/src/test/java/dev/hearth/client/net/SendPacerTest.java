package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendPacerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUsesHalfTheRelaysBucketThenWaits() {
        SendPacer pacer = new SendPacer(5, 20, 0);
        int sent = 0;
        while (pacer.tryTake(0)) {
            sent++;
        }
        assertEquals(10, sent);
        assertTrue(pacer.untilNext(0).compareTo(Duration.ZERO) > 0);
    }

    @Test
    void theSustainedRateStaysUnderTheRelays() {
        SendPacer pacer = new SendPacer(5, 20, 0);
        while (pacer.tryTake(0)) {
            // empty the bucket
        }
        int sent = 0;
        for (long t = 0; t <= 10 * SECOND; t += SECOND / 100) {
            if (pacer.tryTake(t)) {
                sent++;
            }
        }
        assertTrue(sent <= 46 && sent >= 40, "in 10 s at 5/s with margin: " + sent);
    }

    @Test
    void aRefusalAnywayMeansWaitingForAWholeToken() {
        SendPacer pacer = new SendPacer(5, 20, 0);
        pacer.drain(0);
        assertFalse(pacer.tryTake(0));
        assertTrue(pacer.untilNext(0).toMillis() >= 200);
    }
}
