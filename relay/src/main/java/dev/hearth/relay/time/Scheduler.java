package dev.hearth.relay.time;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Runs a task again and again: a thread of its own in the relay, a test's hand in tests. */
@FunctionalInterface
public interface Scheduler {

    /**
     * Runs {@code task} every {@code period} until the returned handle is closed. A task that
     * throws an exception is run again next time; an {@link Error} is not caught.
     */
    Repeating every(Duration period, Runnable task);

    /**
     * Runs {@code task} {@code period} after it is woken, and every period after that while the
     * task returns true (it found work); once it returns false it sleeps, costing nothing, until
     * the next {@link Woken#wake}. A task that throws counts as having found nothing.
     *
     * <p>This default, for schedulers that do not wait (tests'), runs the task at once on the
     * waker's thread until it finds nothing.
     */
    default Woken whenWoken(Duration period, BooleanSupplier task) {
        return new Woken() {
            @Override
            public void wake() {
                while (task.getAsBoolean()) {
                    // again, as a timed one would on its next round
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** A task scheduled with {@link #every}; closing it stops it. */
    interface Repeating extends AutoCloseable {
        @Override
        void close();
    }

    /** A task scheduled with {@link #whenWoken}; closing it stops it. */
    interface Woken extends Repeating {
        /** Asks for a round; cheap when one is already coming. Any thread. */
        void wake();
    }
}
