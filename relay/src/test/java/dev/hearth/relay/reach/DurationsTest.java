package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void saysALeaseInTheLargestWholeUnit() {
        assertEquals("1 hour", Durations.words(Duration.ofHours(1)));
        assertEquals("2 hours", Durations.words(Duration.ofHours(2)));
        assertEquals("90 minutes", Durations.words(Duration.ofMinutes(90)));
        assertEquals("1 minute", Durations.words(Duration.ofSeconds(60)));
        assertEquals("3 seconds", Durations.words(Duration.ofSeconds(3)));
        assertEquals("3601 seconds", Durations.words(Duration.ofSeconds(3601)));
    }
}
