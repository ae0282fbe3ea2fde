package dev.hearth.relay.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time a test moves by hand: {@link #advance} moves both clocks, then runs every scheduled task
 * once, on the test's thread, as the watchdog would have. Nothing here waits.
 */
public final class FakeTime {
    private static final Instant START = Instant.parse("2026-12-04T12:00:00Z");

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

    public RelayTime relayTime() {
        Clock wall = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return START.plusNanos(nanos.get());
            }
        };
        Scheduler scheduler = (period, task) -> {
            tasks.add(task);
            return () -> tasks.remove(task);
        };
        return new RelayTime(wall, nanos::get, scheduler);
    }

    public long nanos() {
        return nanos.get();
    }

    /** Moves time on by {@code by}, then runs each scheduled task once. */
    public void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
        tasks.forEach(Runnable::run);
    }
}
