package dev.hearth.relay.net;

import java.time.Duration;

/**
 * How long a connection has had to log in. The clock runs from when the relay first reads from
 * the connection (or starts its TLS handshake), and stops while the relay is handling a line the
 * peer sent before logging in: in a storm of logins, a thousand hellos can sit read and ready
 * while the relay routes the presences of those before them, and closing them for the relay's
 * own backlog turned a 2,000-person join into 192 dropped connections. A peer that sends nothing,
 * dribbles its hello or sends only pings keeps the clock running and is closed as before. A
 * connection whose reader has not started is bounded by the pending-connection cap instead.
 *
 * <p>Threads: the reader {@linkplain #start starts} the clock and {@linkplain #pause pauses} and
 * {@linkplain #resume resumes} it around each line; admission and the router (a refused login,
 * on the reader's thread) {@linkplain #allow allow} a fresh allowance; the watchdog asks
 * {@link #overdue}. A watchdog reading between two of the reader's writes can be off by one
 * line's handling, once: less than its own tick.
 */
final class LoginClock {
    private static final long STOPPED = Long.MIN_VALUE;

    private volatile long allowedNanos;
    private volatile long spentNanos;
    private volatile long runningSinceNanos = STOPPED;

    LoginClock(Duration allowed) {
        this.allowedNanos = allowed.toNanos();
    }

    /** A fresh allowance, none of it spent: admission's verdict, or an answered hello. */
    void allow(Duration allowed, long now) {
        allowedNanos = allowed.toNanos();
        spentNanos = 0;
        if (runningSinceNanos != STOPPED) {
            runningSinceNanos = now;
        }
    }

    /** Reader: it is about to read (or shake hands) for the first time. */
    void start(long now) {
        runningSinceNanos = now;
    }

    /** Reader: a line has arrived and the relay handles it; this time is the relay's, not the peer's. */
    void pause(long now) {
        long since = runningSinceNanos;
        if (since != STOPPED) {
            spentNanos += now - since;
            runningSinceNanos = STOPPED;
        }
    }

    /** Reader: the line is handled; the peer's time runs again. */
    void resume(long now) {
        runningSinceNanos = now;
    }

    /** Watchdog: whether the peer has had its allowance and not logged in. */
    boolean overdue(long now) {
        long since = runningSinceNanos;
        return spentNanos + (since == STOPPED ? 0 : now - since) > allowedNanos;
    }
}
