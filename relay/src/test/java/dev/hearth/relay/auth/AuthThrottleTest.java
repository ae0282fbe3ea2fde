package dev.hearth.relay.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final AuthThrottle throttle =
            new AuthThrottle(10, 30, Duration.ofSeconds(120), Duration.ofSeconds(300), now::get);
    private final InetAddress attacker = InetAddress.getLoopbackAddress();

    @Test
    void refusesAnAddressAfterTenFailuresWithinTwoMinutesForFiveMinutes() throws Exception {
        fail(9);
        assertFalse(throttle.refuses(attacker));
        fail(1);
        assertTrue(throttle.refuses(attacker));
        assertFalse(throttle.refuses(InetAddress.getByName("192.0.2.1")), "other addresses are not affected");
        now.addAndGet(298 * SECOND); // the last failure was 1 s ago: 299 s into the ban
        assertTrue(throttle.refuses(attacker));
        now.addAndGet(2 * SECOND);
        assertFalse(throttle.refuses(attacker));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail(9);
        now.addAndGet(121 * SECOND);
        fail(1);
        assertFalse(throttle.refuses(attacker));
    }

    @Test
    void pruningForgetsQuietAddressesButNotBannedOnes() {
        fail(10);
        throttle.prune();
        assertTrue(throttle.refuses(attacker));
        now.addAndGet(301 * SECOND);
        throttle.prune();
        assertFalse(throttle.refuses(attacker));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(attacker);
            now.addAndGet(SECOND);
        }
    }
}
