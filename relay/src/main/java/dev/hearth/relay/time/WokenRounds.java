package dev.hearth.relay.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The thread behind {@link ThreadScheduler#whenWoken}: asleep until woken, then a round a period
 * later and every period after while rounds find work. A wake while rounds are running costs one
 * volatile write and never brings the next round forward: unparking the thread for each one made
 * the rounds follow the wakes, a futex call and a context switch per wake, and left little
 * gathered for each round.
 */
final class WokenRounds implements Scheduler.Woken {
    private final Thread thread;
    private final long periodNanos;
    private final BooleanSupplier round;
    /** Something was asked for since the last round began. */
    private volatile boolean asked;
    /** The thread is asleep until woken (not between rounds); whoever clears it unparks it. */
    private final AtomicBoolean idle = new AtomicBoolean(true);

    WokenRounds(String threadName, Duration period, BooleanSupplier round) {
        this.periodNanos = period.toNanos();
        this.round = round;
        this.thread = Thread.ofPlatform().name(threadName).daemon().unstarted(this::run);
        thread.start();
    }

    @Override
    public void wake() {
        if (!asked) {
            asked = true;
        }
        // After the write above: a thread going idle either sees it or is seen idle here.
        if (idle.get() && idle.compareAndSet(true, false)) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            if (idle.get()) {
                LockSupport.park(this);
                continue;
            }
            if (!sleepOneRound()) {
                return;
            }
            asked = false;
            if (!round.getAsBoolean()) {
                idle.set(true);
                // A wake between the round and the line above saw the thread busy and left it be.
                if (asked && idle.compareAndSet(true, false)) {
                    continue;
                }
            }
        }
    }

    /** The whole period, whatever wakes the thread before it ends; false when interrupted. */
    private boolean sleepOneRound() {
        long end = System.nanoTime() + periodNanos;
        for (long left = periodNanos; left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return true;
    }
}
