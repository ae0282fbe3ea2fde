package dev.hearth.client.net;

import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Left;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.Welcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one session remembers across its connections so the next login can resume, or rebuild:
 * the nick, the resume token, the last counter {@code n} seen, the rooms joined, and the ping
 * that marks the end of what the relay owed us. Touched only by the receive thread.
 */
final class SessionMemory {

    private static final String SYNC_PREFIX = "sync-";

    private final Set<String> rooms = new LinkedHashSet<>();
    private String nick;
    private String token;
    private long lastN;
    private boolean everLoggedIn;
    private String syncId;
    private int syncCount;

    /** @param rooms joined after the first login, as after any fresh one */
    SessionMemory(String nick, List<String> rooms) {
        this.nick = nick;
        this.rooms.addAll(rooms);
    }

    String nick() {
        return nick;
    }

    String token() {
        return token;
    }

    long lastN() {
        return lastN;
    }

    boolean everLoggedIn() {
        return everLoggedIn;
    }

    /**
     * Logged in: what to write first. A fresh session re-joins every room; either way a ping
     * follows, and since the relay answers in order, its pong comes after the replay or the
     * rooms' backlog: only then is it known which of our messages still need sending.
     */
    List<Envelope> welcomed(Welcome welcome, boolean resumed) {
        token = welcome.session();
        nick = welcome.nick() == null ? nick : welcome.nick();
        everLoggedIn = true;
        List<Envelope> first = new ArrayList<>();
        if (!resumed) {
            lastN = 0;
            rooms.forEach(room -> first.add(new Join(room, null)));
        }
        syncId = SYNC_PREFIX + (++syncCount);
        first.add(new Ping(syncId));
        return first;
    }

    /** False for a counter already seen: it was reported before the connection dropped. */
    boolean isNew(long n) {
        if (n <= lastN) {
            return false;
        }
        lastN = n;
        return true;
    }

    /** True once, for the pong that answers the latest login's sync ping. */
    boolean isSyncAnswer(Pong pong) {
        if (syncId != null && syncId.equals(pong.id())) {
            syncId = null;
            return true;
        }
        return false;
    }

    /**
     * Notes what an envelope changes (rooms, our nick) and returns the id of our own request it
     * settles (its echo or its error), if any.
     */
    Optional<String> track(Envelope envelope) {
        switch (envelope) {
            case Message m when nick.equals(m.from()) && m.id() != null -> {
                return Optional.of(m.id());
            }
            case Dm d when nick.equals(d.from()) && d.id() != null -> {
                return Optional.of(d.id());
            }
            case ErrorReply e when e.id() != null -> {
                return Optional.of(e.id());
            }
            case Joined j when j.room() != null -> rooms.add(j.room());
            case Left l when l.room() != null -> rooms.remove(l.room());
            case Nick n when n.nick() != null -> nick = n.nick();
            default -> { }
        }
        return Optional.empty();
    }
}
