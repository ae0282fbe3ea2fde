package dev.hearth.client.net;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * When to tell the relay how far we have read ({@code ack}): after {@code every} envelopes or
 * {@code after} the first unacknowledged one, whichever comes first (the contract asks for at
 * least every 50 or 5 s), so the relay can drop what we have from its replay buffer. Times are the
 * caller's monotonic nanoseconds. Not thread-safe: the {@link SendQueue} calls it under its lock.
 */
final class AckSchedule {

    private final int every;
    private final long after;
    private long processed;
    private long acked;
    private long firstUnackedAt;

    AckSchedule(int every, Duration after) {
        this.every = every;
        this.after = after.toNanos();
    }

    /** A fresh session numbers from 1 again. */
    void restart() {
        processed = 0;
        acked = 0;
    }

    /** Envelope {@code n} has been handed on. */
    void processed(long n, long now) {
        if (processed == acked) {
            firstUnackedAt = now;
        }
        processed = n;
    }

    /** The {@code n} to acknowledge now, if one is due; taking it counts it as sent. */
    OptionalLong take(long now) {
        if (processed > acked && (processed - acked >= every || now - firstUnackedAt >= after)) {
            acked = processed;
            return OptionalLong.of(processed);
        }
        return OptionalLong.empty();
    }

    /** Nanoseconds until {@link #take} may give something without more envelopes; max when nothing waits. */
    long untilDue(long now) {
        return processed > acked ? Math.max(1, firstUnackedAt + after - now) : Long.MAX_VALUE;
    }
}
