package dev.hearth.relay.net;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes queued for every connection together, live and requested, counted until written. Each
 * outbox has its own bound (1 MiB live, 4 MiB requested), but those of 320 connections would not
 * fit a small heap; past this budget the connection furthest behind is cut off as a slow reader,
 * as if its own queue had overflowed: it closes, and its session waits out its grace period.
 *
 * <p>What is counted is what the queues keep alive: a room message's body, shared by every
 * member's queue, once while any of them holds it, and each holder's own part (its counter, the
 * line's overhead) for every holder. A reader that stopped keeps bodies its room has long read
 * alive, and they stay counted until it lets go.
 *
 * <p>Furthest behind means the most <em>live</em> bytes queued, then the most bytes in all. Live
 * lines reach everyone in a room at the pace they are said, so the reader with the most of them
 * waiting is the one that has read least of late. Requested lines (a resumption's replay, a join's
 * backlog) arrive in bulk and are not the reader's fault; the per-connection bound exempts them,
 * and so does this order, until nobody has live lines waiting.
 *
 * <p>Threads: an outbox {@link #charge charges} what it queues on the thread offering the line,
 * which holds the router lock, and {@link #release releases} it on its writer thread once written,
 * or on whichever thread drops its queue, at any time: hence the atomic total. {@link #enforce} runs
 * on offering threads after the offer, under this budget's own monitor so two never cut at once; it
 * takes one outbox's lock at a time to read its queue, and nobody holding an outbox's lock ever
 * waits for this monitor.
 */
final class OutboundBudget {
    /** A connection as the budget sees it. */
    interface Queue {
        /** What is queued or being written, read at once; nothing once cut off. */
        Waiting waiting();

        /** Closes the connection as a slow reader. */
        void cutOff();
    }

    /**
     * How far behind a connection is, by what it holds counted alone (shared bodies in full).
     *
     * @param live bytes not asked for in bulk
     * @param all  every line's bytes and overhead, requested lines included
     */
    record Waiting(long live, long all) {
        static final Waiting NONE = new Waiting(0, 0);

        boolean furtherBehindThan(Waiting other) {
            return live > other.live || (live == other.live && all > other.all);
        }
    }

    private final long maxBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final Set<Queue> queues = ConcurrentHashMap.newKeySet();

    OutboundBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The connection may be cut off to make room from now on. */
    void track(Queue queue) {
        queues.add(queue);
    }

    void untrack(Queue queue) {
        queues.remove(queue);
    }

    void charge(long queued) {
        bytes.addAndGet(queued);
    }

    void release(long written) {
        bytes.addAndGet(-written);
    }

    long bytes() {
        return bytes.get();
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Past the budget, cuts off the connections furthest behind until what they held brings the
     * total within it. A connection gives back what it held as it is cut off (what its writer is
     * still writing included, lest a second connection be cut for it), so the total read after
     * each cut says whether another is needed: a reader that shared every body it held with others
     * frees only its own part.
     */
    void enforce() {
        if (bytes.get() <= maxBytes) {
            return;
        }
        synchronized (this) {
            while (bytes.get() > maxBytes) {
                Queue chosen = null;
                Waiting most = Waiting.NONE;
                for (Queue queue : queues) {
                    Waiting waiting = queue.waiting();
                    if (waiting.furtherBehindThan(most)) {
                        chosen = queue;
                        most = waiting;
                    }
                }
                if (chosen == null) {
                    return;
                }
                queues.remove(chosen);
                chosen.cutOff();
            }
        }
    }
}
