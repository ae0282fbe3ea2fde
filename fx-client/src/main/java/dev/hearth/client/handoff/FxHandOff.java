package dev.hearth.client.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one place where the network's receive thread hands work to the UI thread.
 *
 * <p>{@link #offer} is called by the receive thread and never blocks. Items queue up; the first
 * item of a burst schedules one drain on the UI executor ({@code Platform::runLater} in the app,
 * {@code Runnable::run} in tests), and that drain delivers everything queued so far as one list.
 * A flood of thousands of envelopes therefore costs a handful of {@code runLater} calls, not one
 * each. A drain hands over at most {@code maxBatch} items and then re-schedules itself, so the UI
 * thread gets to lay out and paint between slices of a very large burst instead of freezing.
 *
 * @param <T> what is handed over (the client's events)
 */
public final class FxHandOff<T> {

    /** Large enough that a normal burst is one batch, small enough that one batch stays quick. */
    public static final int DEFAULT_MAX_BATCH = 2_000;

    private final Executor uiExecutor;
    private final Consumer<List<T>> sink;
    private final int maxBatch;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    public FxHandOff(Executor uiExecutor, Consumer<List<T>> sink) {
        this(uiExecutor, sink, DEFAULT_MAX_BATCH);
    }

    public FxHandOff(Executor uiExecutor, Consumer<List<T>> sink, int maxBatch) {
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive");
        }
        this.maxBatch = maxBatch;
    }

    /** Receive thread: queues {@code item}; schedules a drain unless one is already pending. */
    public void offer(T item) {
        queue.add(Objects.requireNonNull(item, "item"));
        if (drainScheduled.compareAndSet(false, true)) {
            uiExecutor.execute(this::drain);
        }
    }

    /** UI thread: hands over one slice of what is queued, then re-arms. */
    private void drain() {
        List<T> batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
        T item;
        while (batch.size() < maxBatch && (item = queue.poll()) != null) {
            batch.add(item);
        }
        try {
            if (!batch.isEmpty()) {
                sink.accept(List.copyOf(batch));
            }
        } finally {
            // Clear the flag before looking again, so an offer racing with us either sees the
            // flag cleared and schedules, or its item is seen by the check below.
            drainScheduled.set(false);
            if (!queue.isEmpty() && drainScheduled.compareAndSet(false, true)) {
                uiExecutor.execute(this::drain);
            }
        }
    }
}
