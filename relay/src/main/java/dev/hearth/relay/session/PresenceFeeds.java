package dev.hearth.relay.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every room's {@link PresenceFeed}, for their rounds, and the one order their lines are numbered
 * in, so that a member of several rooms takes their lines in the order they were added.
 *
 * <p>Guarded by the router lock.
 */
public final class PresenceFeeds {
    /** How often the relay runs {@link #serveWaiting}: the longest a presence line waits for its member. */
    public static final Duration EVERY = Duration.ofMillis(100);

    private final List<PresenceFeed> waiting = new ArrayList<>();
    private long order;

    public PresenceFeed newFeed() {
        return new PresenceFeed(this);
    }

    /** The round: every follower of every feed with waiting lines takes them. Costs nothing when none wait. */
    public void serveWaiting() {
        // Each feed is in the list once: it joins when its first line is added, and leaves once
        // served, so a feed whose serving failed is served again next round. A follower of several
        // feeds takes its lines of all of them when the first is served; serving it again then
        // finds nothing.
        while (!waiting.isEmpty()) {
            waiting.getLast().serveAll();
            waiting.removeLast();
        }
    }

    void waiting(PresenceFeed feed) {
        waiting.add(feed);
    }

    long nextOrder() {
        return ++order;
    }
}
