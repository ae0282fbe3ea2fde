package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void allowsTheBurstThenRefusesUntilTokensRefill() {
        TokenBucket bucket = new TokenBucket(5, 20, now::get);
        assertEquals(20, takeAll(bucket));
        assertFalse(bucket.tryTake());
        now.addAndGet(200_000_000L); // 0.2 s at 5/s is one token
        assertTrue(bucket.tryTake());
        assertFalse(bucket.tryTake());
    }

    @Test
    void neverHoldsMoreThanTheBurstHowEverLongItIdles() {
        TokenBucket bucket = new TokenBucket(5, 3, now::get);
        now.addAndGet(3_600_000_000_000L);
        assertEquals(3, takeAll(bucket));
    }

    @Test
    void sustainsExactlyTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(5, 1, now::get);
        takeAll(bucket);
        int granted = 0;
        for (int tick = 0; tick < 100; tick++) { // 10 s in 100 ms steps
            now.addAndGet(100_000_000L);
            granted += takeAll(bucket);
        }
        assertEquals(50, granted);
    }

    private static int takeAll(TokenBucket bucket) {
        int taken = 0;
        while (bucket.tryTake()) {
            taken++;
        }
        return taken;
    }
}
