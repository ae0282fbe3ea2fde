package dev.hearth.client.net;

import java.time.Duration;

/**
 * A token bucket that keeps our {@code say}/{@code dm} rate a little under the relay's
 * ({@code ratePerSecond} with {@code burst}), so a pasted burst waits here, still pending,
 * instead of being refused with {@code rate-limited}. Times are {@code System.nanoTime()} values
 * passed in, so tests drive it without sleeping. Guarded by the owner's lock.
 */
final class SendPacer {

    /** Stay this far under the relay's refill rate: both buckets run on different clocks. */
    private static final double MARGIN = 0.9;
    /**
     * Use only this share of the relay's burst. Lines sent apart can reach the relay together
     * (TCP coalescing, a busy relay), which looks faster there than it was here; the unused half of
     * the relay's bucket absorbs that.
     */
    private static final double BURST_SHARE = 0.5;

    private double capacity;
    private double perNano;
    private double tokens;
    private long refilledAt;

    SendPacer(int ratePerSecond, int burst, long now) {
        reset(ratePerSecond, burst, now);
    }

    /** New limits from a {@code welcome}; starts full, as the relay's fresh bucket does. */
    void reset(int ratePerSecond, int burst, long now) {
        capacity = Math.max(1, Math.floor(burst * BURST_SHARE));
        perNano = Math.max(0.1, ratePerSecond * MARGIN) / 1e9;
        tokens = capacity;
        refilledAt = now;
    }

    /** The relay refused one anyway: wait a full token before the next. */
    void drain(long now) {
        refill(now);
        tokens = Math.min(tokens, 0);
    }

    /** Takes a token if one is there. */
    boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** How long until the next token. */
    Duration untilNext(long now) {
        refill(now);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
    }
}
