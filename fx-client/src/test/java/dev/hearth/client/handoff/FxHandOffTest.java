package dev.hearth.client.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FxHandOffTest {

    @Test
    void deliversEveryItemOnceInOrderWithFarFewerHandOffsThanItems() throws Exception {
        int items = 100_000;
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        AtomicInteger scheduled = new AtomicInteger();
        List<Integer> received = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        FxHandOff<Integer> handOff = new FxHandOff<>(task -> {
            scheduled.incrementAndGet();
            uiThread.execute(task);
        }, batch -> {
            received.addAll(batch);
            batchSizes.add(batch.size());
            if (received.size() == items) {
                done.countDown();
            }
        });

        Thread receiver = Thread.ofPlatform().start(() -> IntStream.range(0, items).forEach(handOff::offer));
        receiver.join();
        assertTrue(done.await(10, TimeUnit.SECONDS), "every item reaches the UI thread");
        uiThread.shutdown();

        assertEquals(IntStream.range(0, items).boxed().toList(), received);
        assertTrue(scheduled.get() < items / 10, "hand-offs: " + scheduled.get());
        assertTrue(batchSizes.stream().allMatch(size -> size <= FxHandOff.DEFAULT_MAX_BATCH));
    }

    @Test
    void aBurstQueuedBeforeTheDrainRunsArrivesAsOneBatch() {
        List<Runnable> pending = new ArrayList<>();
        List<List<String>> batches = new ArrayList<>();
        FxHandOff<String> handOff = new FxHandOff<>(pending::add, batches::add);

        handOff.offer("a");
        handOff.offer("b");
        handOff.offer("c");

        assertEquals(1, pending.size(), "one drain scheduled for the whole burst");
        pending.removeFirst().run();
        assertEquals(List.of(List.of("a", "b", "c")), batches);
        assertTrue(pending.isEmpty());
    }

    @Test
    void aLargeBurstIsSlicedSoTheUiThreadCanPaintBetweenSlices() {
        List<Runnable> pending = new ArrayList<>();
        List<List<Integer>> batches = new ArrayList<>();
        FxHandOff<Integer> handOff = new FxHandOff<>(pending::add, batches::add, 3);
        IntStream.range(0, 7).forEach(handOff::offer);

        while (!pending.isEmpty()) {
            pending.removeFirst().run();
        }

        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6)), batches);
    }

    @Test
    void aFailingConsumerDoesNotWedgeLaterHandOffs() {
        List<Runnable> pending = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        FxHandOff<String> handOff = new FxHandOff<>(pending::add, batch -> {
            seen.addAll(batch);
            if (batch.contains("boom")) {
                throw new IllegalStateException("consumer bug");
            }
        });

        handOff.offer("boom");
        assertThrows(IllegalStateException.class, () -> pending.removeFirst().run());
        handOff.offer("after");
        pending.removeFirst().run();

        assertEquals(List.of("boom", "after"), seen);
    }
}
