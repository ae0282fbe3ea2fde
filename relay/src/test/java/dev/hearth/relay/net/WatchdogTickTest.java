package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.relay.RelayConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How often the watchdog scans the connections: often enough for the deadlines, never for nothing. */
class WatchdogTickTest {

    @Test
    void aQuarterOfTheShortestDeadline() {
        assertEquals(Duration.ofMillis(750), Watchdog.tick(RelayConfig.builder().port(0).build()),
                "the 3 s login deadline under load");
        assertEquals(Duration.ofMillis(10), Watchdog.tick(RelayConfig.builder().port(0)
                .helloTimeout(Duration.ofMillis(20)).helloTimeoutUnderLoad(Duration.ofMillis(20)).build()), "at least 10 ms");
    }

    @Test
    void theGracePeriodDoesNotShortenIt() {
        assertEquals(Duration.ofMillis(750), Watchdog.tick(RelayConfig.builder().port(0).grace(Duration.ZERO).build()),
                "grace expiry walks only the sessions in their grace period, whatever the tick");
    }
}
