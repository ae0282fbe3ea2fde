package dev.hearth.client.net;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: attempt {@code k} waits a random time in
 * {@code [floor, min(cap, base·2^k)]}. Jitter spreads the reconnects of every friend after the
 * relay restarts, so they do not all knock at the same instant; the floor keeps a flapping link
 * from spinning.
 */
final class Backoff {

    static final Duration FLOOR = Duration.ofMillis(100);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap");
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The delay before attempt {@code attempt} (0 = the first retry). */
    Duration delay(int attempt) {
        long bound = bound(attempt).toMillis();
        long floor = Math.min(FLOOR.toMillis(), bound);
        return Duration.ofMillis(floor + random.nextLong(bound - floor + 1));
    }

    /** The upper bound for {@code attempt}: doubles until it reaches the cap. */
    Duration bound(int attempt) {
        int shift = Math.min(Math.max(attempt, 0), 30);
        long millis = base.toMillis() << shift;
        return millis >= cap.toMillis() || millis <= 0 ? cap : Duration.ofMillis(millis);
    }
}
