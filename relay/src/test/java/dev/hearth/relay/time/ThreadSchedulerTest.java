package dev.hearth.relay.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The relay's real timer threads: a woken task's rounds, on a thread of their own. */
class ThreadSchedulerTest {
    private static final Duration ROUND = Duration.ofMillis(1);

    @Test
    void aWokenTaskRunsAgainWhileItFindsWorkThenSleepsUntilTheNextWake() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger workLeft = new AtomicInteger(2);
        CountDownLatch firstRest = new CountDownLatch(1);
        CountDownLatch secondRest = new CountDownLatch(1);
        try (Scheduler.Woken woken = new ThreadScheduler("test-rounds").whenWoken(ROUND, () -> {
            runs.incrementAndGet();
            boolean found = workLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
            if (!found) {
                (firstRest.getCount() > 0 ? firstRest : secondRest).countDown();
            }
            return found;
        })) {
            woken.wake();
            assertTrue(firstRest.await(5, TimeUnit.SECONDS), "the woken task never ran out of work");
            assertEquals(3, runs.get(), "two rounds with work, one that found none");

            woken.wake();
            assertTrue(secondRest.await(5, TimeUnit.SECONDS), "a wake after it slept ran it again");
            assertEquals(4, runs.get());
        }
    }

    @Test
    void aRoundThatThrowsCountsAsFindingNothingAndTheNextWakeRunsItAgain() throws Exception {
        CountDownLatch ranAfterFailure = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        try (Scheduler.Woken woken = new ThreadScheduler("test-rounds").whenWoken(ROUND, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("a bug in one round");
            }
            ranAfterFailure.countDown();
            return false;
        })) {
            woken.wake();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (runs.get() == 0) {
                assertTrue(System.nanoTime() < deadline, "the first round never ran");
                Thread.sleep(1);
            }
            woken.wake();
            assertTrue(ranAfterFailure.await(5, TimeUnit.SECONDS), "the thread stopped after a failed round");
        }
    }
}
