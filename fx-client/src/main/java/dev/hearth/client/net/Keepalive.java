package dev.hearth.client.net;

import java.time.Duration;

/**
 * Whether the connection to the relay is still alive, decided from what was heard and sent, so
 * a path that silently stops forwarding is noticed in seconds rather than at a read timeout.
 *
 * <p>After {@code pingAfter} of silence from the relay, or {@code answerWithin} after a message
 * was written with nothing heard since (its echo is due), the client pings; a ping unanswered
 * for {@code answerWithin} means the link is dead. Anything heard answers. Times are the
 * caller's monotonic nanoseconds, so tests drive it without a clock. Not thread-safe: the
 * {@link SendQueue} calls it under its lock.
 */
final class Keepalive {

    private static final long NONE = Long.MIN_VALUE;

    private final long pingAfter;
    private final long answerWithin;
    private long lastHeard;
    private long unansweredWrite = NONE;
    private long probeSent = NONE;

    Keepalive(Duration pingAfter, Duration answerWithin, long now) {
        this.pingAfter = pingAfter.toNanos();
        this.answerWithin = answerWithin.toNanos();
        this.lastHeard = now;
    }

    /** A fresh connection: it has just spoken (its welcome). */
    void reset(long now) {
        heard(now);
    }

    /** Anything arrived from the relay. */
    void heard(long now) {
        lastHeard = now;
        unansweredWrite = NONE;
        probeSent = NONE;
    }

    /** A message whose echo is due was written. */
    void messageWritten(long now) {
        if (unansweredWrite == NONE) {
            unansweredWrite = now;
        }
    }

    /** Whether to ping now. */
    boolean probeDue(long now) {
        return probeSent == NONE && (now - lastHeard >= pingAfter
                || unansweredWrite != NONE && now - unansweredWrite >= answerWithin);
    }

    void probed(long now) {
        probeSent = now;
    }

    /** The ping went unanswered: the link is dead, whatever the socket says. */
    boolean dead(long now) {
        return probeSent != NONE && now - probeSent >= answerWithin;
    }

    /** Nanoseconds until {@link #probeDue} or {@link #dead} may change, at least 1. */
    long untilNextCheck(long now) {
        long next = probeSent != NONE ? probeSent + answerWithin
                : Math.min(lastHeard + pingAfter, unansweredWrite == NONE ? Long.MAX_VALUE : unansweredWrite + answerWithin);
        return Math.max(1, next - now);
    }
}
