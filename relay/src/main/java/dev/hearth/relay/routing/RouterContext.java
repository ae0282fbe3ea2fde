package dev.hearth.relay.routing;

import dev.hearth.relay.RelayConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;

/** What every handler shares. Used with the router lock held. */
record RouterContext(RelayConfig config, RelayState state, Outbound out, Clock clock, LongSupplier nanoClock) {

    /** Relay time for {@code ts}, truncated to what the wire shows. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Monotonic time for deadlines and lifetimes. */
    long nanos() {
        return nanoClock.getAsLong();
    }
}
