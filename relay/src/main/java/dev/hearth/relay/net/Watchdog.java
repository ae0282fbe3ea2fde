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
     * A quarter of the shortest connection deadline (the login deadlines, the idle ping), between
     * 10 ms and 1 s. The grace period does not shorten it: grace expiry walks only the sessions in
     * their grace period, and a session ends at most a tick after its grace is over. A relay run
     * with no grace at all (as for benchmarks) otherwise scanned every connection four times a
     * second, and with ten thousand idle ones that was the relay's largest cost at rest.
     */
    static Duration tick(RelayConfig config) {
        Duration shortest = config.helloTimeout();
        for (Duration d : new Duration[] {config.helloTimeoutUnderLoad(), config.idlePing()}) {
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
