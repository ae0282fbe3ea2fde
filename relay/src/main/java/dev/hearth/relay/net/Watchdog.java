package dev.hearth.relay.net;

import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.log.NetworkLog;
import dev.hearth.relay.routing.Router;
import dev.hearth.relay.time.Scheduler;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The relay's one timer: login deadlines, idle pings and drops, overdue closes, grace expiry,
 * empty rooms' lifetime, log summaries. Scanning every connection on a tick keeps all timing in one
 * place instead of a timer per connection. Runs on the injected scheduler.
 */
final class Watchdog implements AutoCloseable {
    private final Scheduler.Repeating rounds;

    Watchdog(RelayConfig config, ConnectionRegistry registry, Router router, NetworkLog log, LongSupplier nanos,
            Scheduler scheduler) {
        this.rounds = scheduler.every(tick(config), () -> {
            long now = nanos.getAsLong();
            for (Connection connection : registry.live()) {
                connection.watch(now);
            }
            router.housekeeping();
            log.summarise();
        });
    }

    /**
     * A quarter of the shortest deadline, between 10 ms and 1 s. A grace period shorter than a
     * second counts as a second: the tick scans every connection, and a relay run with no grace
     * at all (as for benchmarks) scanned ten thousand idle ones every 10 ms, a tenth of a core
     * spent on nothing; a session now ends at most a quarter second after its grace instead.
     */
    static Duration tick(RelayConfig config) {
        Duration shortest = config.helloTimeout();
        Duration grace = config.grace().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : config.grace();
        for (Duration d : new Duration[] {config.helloTimeoutUnderLoad(), config.idlePing(), grace}) {
            if (d.compareTo(shortest) < 0) {
                shortest = d;
            }
        }
        return Duration.ofMillis(Math.clamp(shortest.toMillis() / 4, 10, 1000));
    }

    @Override
    public void close() {
        rounds.close();
    }
}
