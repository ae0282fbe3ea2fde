package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(7));

    @Test
    void theBoundDoublesPerAttemptUntilTheCap() {
        assertEquals(Duration.ofMillis(500), backoff.bound(0));
        assertEquals(Duration.ofMillis(1000), backoff.bound(1));
        assertEquals(Duration.ofMillis(16_000), backoff.bound(5));
        assertEquals(Duration.ofSeconds(30), backoff.bound(6));
        assertEquals(Duration.ofSeconds(30), backoff.bound(10_000));
    }

    @Test
    void everyDelayLiesBetweenTheFloorAndTheBound() {
        for (int attempt = 0; attempt < 40; attempt++) {
            for (int i = 0; i < 200; i++) {
                Duration delay = backoff.delay(attempt);
                assertTrue(delay.compareTo(Backoff.FLOOR) >= 0, "floor: " + delay);
                assertTrue(delay.compareTo(backoff.bound(attempt)) <= 0, "bound: " + delay);
            }
        }
    }

    @Test
    void delaysAreJitteredSoFriendsDoNotReconnectInStep() {
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(backoff.delay(6));
        }
        assertTrue(seen.size() > 40, "distinct delays: " + seen.size());
    }
}
