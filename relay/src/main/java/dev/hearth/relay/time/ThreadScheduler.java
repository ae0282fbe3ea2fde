package dev.hearth.relay.time;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A {@link Scheduler} that gives each repeating task a platform daemon thread of its own. An
 * {@link Error} (out of memory, say) ends the thread and reaches its uncaught-exception handler,
 * which in the relay process ends the process: a watchdog that stopped silently would leave a
 * relay that keeps its port and never expires anything.
 */
public final class ThreadScheduler implements Scheduler {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final String threadName;

    public ThreadScheduler(String threadName) {
        this.threadName = threadName;
    }

    @Override
    public Repeating every(Duration period, Runnable task) {
        long periodNanos = period.toNanos();
        BooleanSupplier round = () -> {
            task.run();
            return true;
        };
        Thread thread = Thread.ofPlatform().name(threadName).daemon().unstarted(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(periodNanos);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                runSafely(round);
            }
        });
        thread.start();
        return thread::interrupt;
    }

    @Override
    public Woken whenWoken(Duration period, BooleanSupplier task) {
        return new WokenRounds(threadName, period, () -> runSafely(task));
    }

    /** One failed round must not cancel every later one; it counts as having found nothing. */
    private boolean runSafely(BooleanSupplier task) {
        try {
            return task.getAsBoolean();
        } catch (RuntimeException e) {
            // Type and place only: a message may quote what a peer sent.
            StackTraceElement[] where = e.getStackTrace();
            LOG.log(System.Logger.Level.ERROR, threadName + ": a round failed: " + e.getClass().getName()
                    + " at " + (where.length > 0 ? where[0] : "?"));
            return false;
        }
    }
}
