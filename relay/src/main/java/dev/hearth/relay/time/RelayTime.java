package dev.hearth.relay.time;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * All the time a relay sees: the wall clock for the {@code ts} it stamps, a monotonic nanosecond
 * source for deadlines and lifetimes, and the scheduler that drives its watchdog. The relay takes
 * it from {@code Relay.start} down, so tests can run it on time of their own.
 */
public record RelayTime(Clock wall, LongSupplier nanos, Scheduler scheduler) {

    /** The machine's clocks and one platform thread named {@code hearth-watchdog}. */
    public static RelayTime system() {
        return new RelayTime(Clock.systemUTC(), System::nanoTime, new ThreadScheduler("hearth-watchdog"));
    }
}
