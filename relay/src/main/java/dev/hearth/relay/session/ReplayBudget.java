package dev.hearth.relay.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What every session keeps for its resumption, together: the replay buffers and the remembered
 * echoes. Each session's share has its own bound (4 MiB of replay, 1000 echoes), but the shares of
 * 256 sessions would not fit a small heap, so past this budget the session holding the most gives
 * all of it up. A resumption from before that moment then fails with {@code resume-failed}, as
 * when a session's own buffer overflows; the session and its connection carry on, and what it is
 * sent afterwards is kept again.
 *
 * <p>Why all of one session's share and not a little of everyone's: losing any unacknowledged
 * line already makes a resumption fail, so taking a little from many would break many
 * resumptions to free what one can give. Why the largest: it frees the most (at least the average
 * share) and it is the session furthest behind, the reader that stopped or the client that never
 * acknowledges, whose resumption would cost the most to replay. A client that reads and
 * acknowledges keeps its share small and is never chosen while anyone holds more. Detached
 * sessions are not chosen first: keeping their lines is what the grace period is for.
 *
 * <p>Why down to an eighth below the budget ({@link #RELIEF_SHARE}), not just under it: finding the largest
 * holders walks all of them, and a relay at its budget passed it again with nearly every line it
 * delivered. With 10,000 people joining one room, each newcomer holding its long {@code joined}
 * line, those walks were a seventh of the relay's time (docs/performance.md, "Join storms"). Freeing
 * an eighth of the budget at once makes a walk per eighth of the budget instead of one per line;
 * what it costs is the resumptions of the few sessions that were next in line anyway.
 *
 * <p>Guarded by the router lock.
 */
public final class ReplayBudget {
    /** One session's resumption memory, as the budget sees it. */
    interface Holder {
        long heldBytes();

        /** Gives up everything held, without telling the budget: it has counted the holder out already. */
        void forget();
    }

    /** How far below its bound the budget goes once passed: an eighth of it. */
    static final int RELIEF_SHARE = 8;
    /** The order holders give up in: the most first, the longest holding among equals. */
    private static final Comparator<Ranked> GIVES_UP_FIRST =
            Comparator.comparingLong(Ranked::held).reversed().thenComparingLong(Ranked::since);

    private final long maxBytes;
    private final long reliefBytes;
    /** Holders with bytes, in the order they first held some, which breaks ties: the longest holding goes first. */
    private final Set<Holder> holders = new LinkedHashSet<>();
    private long bytes;

    public ReplayBudget(long maxBytes) {
        this.maxBytes = maxBytes;
        this.reliefBytes = maxBytes / RELIEF_SHARE;
    }

    /** {@code holder} holds {@code delta} bytes more (or fewer) than before; past the budget, the largest forget. */
    void changed(Holder holder, long delta) {
        bytes += delta;
        long now = holder.heldBytes();
        long before = now - delta;
        // The set changes only when a holder starts or stops holding: this runs for every line
        // delivered, and hashing each time cost a tenth of the relay's time under fan-out.
        if (before <= 0 && now > 0) {
            holders.add(holder);
        } else if (before > 0 && now <= 0) {
            holders.remove(holder);
        }
        if (bytes > maxBytes) {
            for (Ranked chosen : largestHolding(bytes - (maxBytes - reliefBytes))) {
                holders.remove(chosen.holder());
                bytes -= chosen.held();
                chosen.holder().forget();
            }
        }
    }

    public long bytes() {
        return bytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The fewest holders that together hold at least {@code toFree} bytes (all of them if they hold
     * less), in the order they give up: exactly those that giving up the largest, one after
     * another, would choose, found in one walk.
     */
    private List<Ranked> largestHolding(long toFree) {
        // The chosen so far, the one that would give up last on top: it leaves the heap as soon as
        // the others hold enough without it.
        PriorityQueue<Ranked> chosen = new PriorityQueue<>(GIVES_UP_FIRST.reversed());
        long chosenBytes = 0;
        long since = 0;
        for (Holder holder : holders) {
            Ranked ranked = new Ranked(holder, holder.heldBytes(), since++);
            chosen.add(ranked);
            chosenBytes += ranked.held();
            while (chosenBytes - chosen.peek().held() >= toFree) {
                chosenBytes -= chosen.poll().held();
            }
        }
        List<Ranked> order = new ArrayList<>(chosen);
        order.sort(GIVES_UP_FIRST);
        return order;
    }

    /** A holder as the walk found it: its bytes, and its place in the order holders first held some. */
    private record Ranked(Holder holder, long held, long since) {
    }
}
