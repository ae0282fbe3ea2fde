package dev.hearth.relay.net;

import java.util.HashSet;
import java.util.Set;

/**
 * Spreads out a burst instead of letting it overflow the queues of readers that keep up.
 *
 * <p>A reader thread that routes a line may queue it for a peer that has fallen behind
 * ({@link Outbox.Offer#BEHIND}): a sender flooding a room faster than its members' sockets drain.
 * Queueing on regardless would fill their bounded queues and cut off readers that were reading
 * all along. So, once the line is routed and no lock is held, the reader waits a little for those
 * peers to catch up before it reads its next line: the flood slows to the pace of its readers,
 * the way TCP slows a sender whose receiver is busy. A peer that stopped reading is not waited
 * for (no write finished lately), so it still overflows and is cut off without holding anyone
 * back; one that drains but never catches up costs a sender at most {@link #MAX_WAIT_NANOS} per
 * line, and overflows in the end.
 *
 * <p>Only connection reader threads pace themselves: each opens its own list with {@link #open};
 * lines queued from other threads (the watchdog's pings) are never waited on.
 */
final class IntakePacing {
    /** The longest a sender waits per line; a human typing never comes near it. */
    static final long MAX_WAIT_NANOS = 50_000_000L;
    /**
     * A peer whose writer finished nothing for this long has stopped reading, not fallen behind.
     * Long enough for a client's garbage collection or a retransmission, so a reader that is
     * merely busy is not taken for a dead one (at 250 ms a cold load generator was).
     */
    static final long STALLED_AFTER_NANOS = 2_000_000_000L;

    /**
     * A set, not a list: when a flood leaves a whole room behind, one line finds hundreds of peers
     * behind, and a list's look-up before each add made that quadratic (5 % of a flooded relay's
     * time in {@code ArrayList.indexOf}).
     */
    private static final ThreadLocal<Set<Outbox>> BEHIND = new ThreadLocal<>();
    private static final int KEPT_CAPACITY = 8;

    private IntakePacing() {
    }

    /** The calling thread is a connection's reader, and paces itself from now on. */
    static void open() {
        BEHIND.set(new HashSet<>());
    }

    static void close() {
        BEHIND.remove();
    }

    /** The calling thread queued a line on {@code outbox}, which was told it is behind. */
    static void behind(Outbox outbox) {
        Set<Outbox> behind = BEHIND.get();
        if (behind != null) {
            behind.add(outbox);
        }
    }

    /** Waits for the peers this thread found behind since the last call; call holding no lock. */
    static void letThemCatchUp() {
        Set<Outbox> behind = BEHIND.get();
        if (behind == null || behind.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        for (Outbox outbox : behind) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !outbox.awaitCatchUp(left, STALLED_AFTER_NANOS)) {
                break;
            }
        }
        if (behind.size() > KEPT_CAPACITY) {
            BEHIND.set(new HashSet<>()); // a quiet reader does not keep a flood's table
        } else {
            behind.clear();
        }
    }
}
