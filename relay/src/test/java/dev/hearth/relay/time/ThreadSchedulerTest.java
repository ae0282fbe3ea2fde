package dev.hearth.relay.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

    @Test
    void wakesWhileRoundsRunNeverBringTheNextRoundForward() throws Exception {
        Duration period = Duration.ofMillis(100);
        List<Long> roundTimes = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (Scheduler.Woken woken = new ThreadScheduler("test-rounds").whenWoken(period, () -> {
            roundTimes.add(System.nanoTime());
            boolean more = roundTimes.size() < 4;
            if (!more) {
                done.countDown();
            }
            return more;
        })) {
            long woke = System.nanoTime();
            while (done.getCount() > 0) {
                woken.wake(); // as busy writers do, over and over
                Thread.yield();
            }
            long previous = woke;
            for (long at : roundTimes) {
                assertTrue(at - previous >= period.toNanos(),
                        "a round came " + (at - previous) / 1_000 + " µs after the one before, within its period");
                previous = at;
            }
        }
    }

    @Test
    void noWakeIsLostWhileTheRoundsGoToSleepAndWakeAgain() throws Exception {
        int producers = 4;
        int each = 20_000;
        ConcurrentLinkedQueue<Integer> held = new ConcurrentLinkedQueue<>();
        AtomicLong taken = new AtomicLong();
        try (Scheduler.Woken woken = new ThreadScheduler("test-rounds").whenWoken(Duration.ofNanos(1), () -> {
            boolean found = false;
            while (held.poll() != null) {
                taken.incrementAndGet();
                found = true;
            }
            return found;
        })) {
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < each; i++) {
                        held.add(i);
                        woken.wake();
                        if (i % 64 == 0) {
                            Thread.yield(); // let the rounds find nothing and go to sleep now and then
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (taken.get() < (long) producers * each) {
                assertTrue(System.nanoTime() < deadline, "held items left untaken: a wake was lost ("
                        + taken.get() + " of " + producers * each + ")");
                Thread.sleep(1);
            }
            assertEquals((long) producers * each, taken.get());
        }
    }
}
