package dev.hearth.client.testing;

import java.util.concurrent.atomic.AtomicLong;

/** The longest time between two layout pulses: how long the FX thread was busy elsewhere. Add as a scene's post-layout pulse listener. */
public final class PulseGaps implements Runnable {
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong count = new AtomicLong();

    @Override
    public void run() {
        long now = System.nanoTime();
        long before = last.getAndSet(now);
        if (before != 0) {
            longest.accumulateAndGet(now - before, Math::max);
        }
        count.incrementAndGet();
    }

    public long longestMillis() {
        return longest.get() / 1_000_000;
    }

    public long pulses() {
        return count.get();
    }
}
