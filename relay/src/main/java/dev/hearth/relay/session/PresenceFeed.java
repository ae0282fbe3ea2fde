package dev.hearth.relay.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The presence lines of one room (who joined, left or was renamed), kept once for all its members
 * until each has taken them, instead of being numbered and queued for every member the moment
 * they happen. A member takes what waits for it before anything else it is sent
 * ({@link Session#catchUp}), and {@link PresenceFeeds}' round makes every member of every room
 * with waiting lines take them, a tenth of a second after at most; the round then empties the
 * feed.
 *
 * <p>Why: when 10,000 people join one room, every join is a line to every member, 50 million in
 * all. Handed out one by one, each cost a lock, a queue and a replay buffer entry of a member whose
 * memory was long out of the processor's cache: about 3 µs of relay CPU per line. Taken a round's
 * worth at a time, a member's queue and buffer are touched once per round.
 *
 * <p>Guarded by the router lock.
 */
public final class PresenceFeed {
    private final PresenceFeeds feeds;
    private final List<Waiting> lines = new ArrayList<>();
    /** The place in the feed of {@code lines.get(0)}: places count every line it ever held. */
    private long start;
    /** In the order they began to follow, which is the order a round serves them in. */
    private final Set<Session> followers = new LinkedHashSet<>();

    PresenceFeed(PresenceFeeds feeds) {
        this.feeds = feeds;
    }

    /** A presence line waiting for the followers, of whom {@code about} (null: none) is not sent it. */
    record Waiting(long order, SharedBody line, Session about) {
    }

    /** Adds a line for every follower but {@code about}, the person it tells of (null: all of them). */
    public void add(SharedBody line, Session about) {
        if (followers.isEmpty()) {
            return; // nobody to tell
        }
        if (lines.isEmpty()) {
            feeds.waiting(this);
        }
        lines.add(new Waiting(feeds.nextOrder(), line, about));
    }

    /** From now on {@code session} is sent what is added, and nothing added before. */
    public void follow(Session session) {
        if (followers.add(session)) {
            session.follow(this, end());
        }
    }

    /** {@code session} takes what waits for it here, then is sent nothing more from this feed. */
    public void unfollow(Session session) {
        if (followers.remove(session)) {
            session.catchUp();
            session.unfollow(this);
        }
    }

    /** Every follower takes what waits for it; then nothing does. */
    void serveAll() {
        for (Session follower : followers) {
            follower.catchUp();
        }
        start = end();
        lines.clear();
    }

    /** The place after the last line added. */
    long end() {
        return start + lines.size();
    }

    /** The line at {@code place}, which must be at or after {@link #start} and before {@link #end}. */
    Waiting at(long place) {
        return lines.get(Math.toIntExact(place - start));
    }
}
