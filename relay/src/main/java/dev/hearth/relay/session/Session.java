package dev.hearth.relay.session;

import dev.hearth.protocol.Envelope;
import dev.hearth.relay.log.PeerLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A logged-in client, which outlives its connections: while detached (grace period) it keeps its
 * nick and a bounded buffer of what it was sent. Which rooms it is in, mutes and ignores is the
 * relay's membership's to keep, not the session's. What it keeps for resumption (replay buffer,
 * remembered echoes) changes only through it, so the relay-wide {@link ReplayBudget} always knows
 * how much that is, and may make it give all of it up. The presence lines of its rooms wait on
 * their {@link PresenceFeed}s, where it keeps its place; it takes them before anything else it is
 * sent, so its {@code n} order is the order things happened.
 *
 * <p>Guarded by the router lock: every field is read and written with it held.
 */
public final class Session {
    private final String token;
    private final ReplayBuffer replay;
    private final RecentEchoes echoes;
    private final TokenBucket rate;
    private final ReplayBudget budget;
    private final ReplayBudget.Holder resumption = new Resumption();
    /** The rooms' presence feeds this session takes lines from; few, one per room it is in. */
    private final List<Following> followings = new ArrayList<>(0);
    private String nick;
    private String nickKey;
    private long lastN;
    private Peer peer;
    private PeerLog log;
    private long detachedAtNanos;
    private boolean ended;

    public Session(String token, String nick, String nickKey, ReplayBuffer replay, RecentEchoes echoes, TokenBucket rate,
            ReplayBudget budget) {
        this.token = token;
        this.nick = nick;
        this.nickKey = nickKey;
        this.replay = replay;
        this.echoes = echoes;
        this.rate = rate;
        this.budget = budget;
    }

    /**
     * Stamps a line with this session's next {@code n}, keeps it for resumption and sends it to the
     * current connection, if any. A connection that cannot take it is already being cut off; the
     * line waits in the replay buffer.
     */
    public void deliver(byte[] lineWithoutCounter) {
        deliver(SharedBody.of(lineWithoutCounter), null);
    }

    /**
     * Like {@link #deliver(byte[])} for a line many recipients share (pass them all the same
     * body), carrying message {@code mid}, which its author may delete later (null: not a message).
     */
    public void deliver(SharedBody lineWithoutCounter, String mid) {
        OutLine line = record(lineWithoutCounter, mid);
        if (peer != null) {
            peer.send(line);
        }
    }

    /**
     * Like {@link #deliver(byte[])} for a bulk line, a chunk of a file being fetched: numbered and
     * sent as any line, but kept for resumption only as {@code again}, the way to make it anew
     * ({@link OutLine#remadeOnReplay}), so what it keeps stays small however much is fetched.
     */
    public void deliverBulk(SharedBody lineWithoutCounter, Supplier<byte[]> again) {
        catchUp();
        OutLine line = OutLine.numbered(lineWithoutCounter, ++lastN, null);
        if (!ended) {
            tellBudget(replay.add(OutLine.remadeOnReplay(line.n(), again)));
        }
        if (peer != null) {
            peer.send(line);
        }
    }

    /** Like {@link #deliver} for lines the client asked for in bulk ({@link Peer#sendRequested}). */
    public void deliverRequested(List<Body> bodies) {
        List<OutLine> lines = new ArrayList<>(bodies.size());
        for (Body body : bodies) {
            lines.add(record(SharedBody.of(body.line()), body.mid()));
        }
        if (peer != null) {
            peer.sendRequested(lines);
        }
    }

    /** A line to deliver, counter not yet added, and the message it carries (null: not a message). */
    public record Body(byte[] line, String mid) {
        public Body(byte[] line) {
            this(line, null);
        }
    }

    /**
     * Message {@code mid} was deleted by its author: what this session keeps for resumption keeps
     * its place but loses the text, so a replay or a resent request never brings it back.
     *
     * @param body the line without the text, counter not yet added
     * @param echo the echo to answer a resent request with instead
     */
    public void redact(String mid, byte[] body, Envelope echo) {
        long before = resumption.heldBytes();
        replay.redact(mid, body);
        echoes.redact(mid, echo);
        charge(before);
    }

    /**
     * Stamps and keeps a line without sending it, for a caller that sends it its own way. An ended
     * session only stamps: nothing could resume it, and nothing would free what it kept.
     */
    public OutLine record(byte[] lineWithoutCounter) {
        return record(SharedBody.of(lineWithoutCounter), null);
    }

    /** Stamps and keeps a line, after the presence lines waiting for this session: they came first. */
    private OutLine record(SharedBody lineWithoutCounter, String mid) {
        catchUp();
        return recordNow(lineWithoutCounter, mid);
    }

    private OutLine recordNow(SharedBody lineWithoutCounter, String mid) {
        OutLine line = OutLine.numbered(lineWithoutCounter, ++lastN, mid);
        if (!ended) {
            // Told what changed rather than asked before and after: this runs for every line
            // every member of a room is sent.
            tellBudget(replay.add(line));
        }
        return line;
    }

    /**
     * Takes the presence lines waiting for this session in the rooms it follows, in the order they
     * were added across those rooms: each is numbered, kept and sent, as any line. Runs before
     * anything else is recorded for it, and on the feeds' rounds.
     */
    void catchUp() {
        List<OutLine> taken = null;
        while (true) {
            Following next = null;
            for (Following following : followings) {
                if (following.waiting() && (next == null || following.nextOrder() < next.nextOrder())) {
                    next = following;
                }
            }
            if (next == null) {
                break;
            }
            PresenceFeed.Waiting waiting = next.take();
            if (waiting.about() != this) {
                if (taken == null) {
                    taken = new ArrayList<>();
                }
                taken.add(recordNow(waiting.line(), null));
            }
        }
        // Queued together: sent one by one, the writer woke for the first and wrote a line or two
        // at a time while the round went on, twice the writes of a join storm.
        if (taken != null && peer != null) {
            peer.send(taken);
        }
    }

    /** Only through the feed: from place {@code from} on, its lines are this session's too. */
    void follow(PresenceFeed feed, long from) {
        followings.add(new Following(feed, from));
    }

    /** Only through the feed, once this session has taken what waited for it there. */
    void unfollow(PresenceFeed feed) {
        followings.removeIf(following -> following.feed == feed);
    }

    /** The client has processed everything up to {@code n}: its replay buffer lets go of it. */
    public void acknowledge(long n) {
        long before = resumption.heldBytes();
        replay.acknowledge(n);
        charge(before);
    }

    /** Remembers the echo of a delivered say/dm by its request id, for a resend after a resumption. */
    public void rememberEcho(String id, Envelope echo) {
        if (!ended) {
            long before = resumption.heldBytes();
            echoes.remember(id, echo);
            charge(before);
        }
    }

    public String token() {
        return token;
    }

    public String nick() {
        return nick;
    }

    public String nickKey() {
        return nickKey;
    }

    public void rename(String newNick, String newKey) {
        this.nick = newNick;
        this.nickKey = newKey;
    }

    public long lastN() {
        return lastN;
    }

    public ReplayBuffer replay() {
        return replay;
    }

    public RecentEchoes echoes() {
        return echoes;
    }

    public TokenBucket rate() {
        return rate;
    }

    public Peer peer() {
        return peer;
    }

    public void attach(Peer newPeer) {
        this.peer = newPeer;
        this.log = newPeer.log();
        this.detachedAtNanos = 0;
    }

    /** The log of the connection it last had, kept after that connection is gone; null before its first. */
    public PeerLog log() {
        return log;
    }

    public void detach(long nowNanos) {
        this.peer = null;
        this.detachedAtNanos = nowNanos;
    }

    public boolean detached() {
        return peer == null;
    }

    public long detachedAtNanos() {
        return detachedAtNanos;
    }

    public boolean ended() {
        return ended;
    }

    /** Ends the session and gives what it kept for resumption back to the budget. */
    public void end() {
        this.ended = true;
        this.peer = null;
        long before = resumption.heldBytes();
        replay.dropAll();
        echoes.forgetAll();
        charge(before);
    }

    private void charge(long heldBefore) {
        tellBudget(resumption.heldBytes() - heldBefore);
    }

    private void tellBudget(long delta) {
        if (delta != 0) {
            budget.changed(resumption, delta);
        }
    }

    /** Where this session is in one feed: the place of the next line it has not taken. */
    private static final class Following {
        private final PresenceFeed feed;
        private long next;

        Following(PresenceFeed feed, long next) {
            this.feed = feed;
            this.next = next;
        }

        boolean waiting() {
            return next < feed.end();
        }

        long nextOrder() {
            return feed.at(next).order();
        }

        PresenceFeed.Waiting take() {
            return feed.at(next++);
        }
    }

    /** This session as the budget sees it; a class of its own so that forgetting is not part of the session's API. */
    private final class Resumption implements ReplayBudget.Holder {
        @Override
        public long heldBytes() {
            return replay.heldBytes() + echoes.heldBytes();
        }

        @Override
        public void forget() {
            long bytes = heldBytes();
            replay.dropAll();
            echoes.forgetAll();
            if (log != null) {
                log.info("the relay-wide replay budget of " + budget.maxBytes() + " bytes is full; " + nick
                        + " held the most for resumption (" + bytes + " bytes) and gave it up: resuming from"
                        + " before now will fail");
            }
        }
    }

    /** Names the nick, never the resume token. */
    @Override
    public String toString() {
        return "Session[" + nick + (ended ? ", ended" : peer == null ? ", detached" : "") + "]";
    }
}
