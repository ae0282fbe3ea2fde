package dev.hearth.relay.net;

import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.routing.Router;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The relay's one timer thread: login deadlines, idle pings and drops, overdue closes, grace
 * expiry. Scanning every connection on a short tick keeps all timing in one place instead of a
 * timer per connection.
 */
final class Watchdog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("hearth.relay");
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("hearth-watchdog").daemon().factory());

    Watchdog(RelayConfig config, ConnectionRegistry registry, Router router) {
        long tick = tickMillis(config);
        timer.scheduleWithFixedDelay(() -> {
            try {
                long now = System.nanoTime();
                for (Connection connection : registry.live()) {
                    connection.watch(now);
                }
                router.housekeeping();
            } catch (RuntimeException e) {
                // A failed round must not cancel every later one.
                LOG.log(System.Logger.Level.ERROR, "watchdog round failed", e);
            }
        }, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** A quarter of the shortest deadline, between 10 ms and 1 s. */
    private static long tickMillis(RelayConfig config) {
        Duration shortest = config.helloTimeout();
        for (Duration d : new Duration[] {config.idlePing(), config.grace()}) {
            if (d.compareTo(shortest) < 0) {
                shortest = d;
            }
        }
        return Math.clamp(shortest.toMillis() / 4, 10, 1000);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
