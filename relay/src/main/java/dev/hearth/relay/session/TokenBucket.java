package dev.hearth.relay.session;

import java.util.function.LongSupplier;

/**
 * The say/dm rate limit of one session: {@code burst} tokens, refilled at {@code perSecond}.
 *
 * <p>Guarded by the router lock, like the rest of a session.
 */
public final class TokenBucket {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;

    public TokenBucket(int perSecond, int burst, LongSupplier nanoClock) {
        this.capacity = burst;
        this.tokensPerNano = (double) perSecond / NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** Takes one token if there is one. */
    public boolean tryTake() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
