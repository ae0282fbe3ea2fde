package dev.hearth.relay.session;

import java.util.LinkedHashSet;
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
 * <p>Guarded by the router lock.
 */
public final class ReplayBudget {
    /** One session's resumption memory, as the budget sees it. */
    interface Holder {
        long heldBytes();

        /** Gives up everything held, without telling the budget: it has counted the holder out already. */
        void forget();
    }

    private final long maxBytes;
    /** Holders with bytes, in the order they first held some, which breaks ties: the longest holding goes first. */
    private final Set<Holder> holders = new LinkedHashSet<>();
    private long bytes;

    public ReplayBudget(long maxBytes) {
        this.maxBytes = maxBytes;
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
        while (bytes > maxBytes && !holders.isEmpty()) {
            Holder largest = largest();
            holders.remove(largest);
            bytes -= largest.heldBytes();
            largest.forget();
        }
    }

    public long bytes() {
        return bytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private Holder largest() {
        Holder largest = null;
        for (Holder holder : holders) {
            if (largest == null || holder.heldBytes() > largest.heldBytes()) {
                largest = holder;
            }
        }
        return largest;
    }
}
