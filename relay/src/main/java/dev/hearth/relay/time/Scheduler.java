package dev.hearth.relay.time;

import java.time.Duration;

/** Runs a task again and again: a thread of its own in the relay, a test's hand in tests. */
@FunctionalInterface
public interface Scheduler {

    /**
     * Runs {@code task} every {@code period} until the returned handle is closed. A task that
     * throws an exception is run again next time; an {@link Error} is not caught.
     */
    Repeating every(Duration period, Runnable task);

    /** A task scheduled with {@link #every}; closing it stops it. */
    interface Repeating extends AutoCloseable {
        @Override
        void close();
    }
}
