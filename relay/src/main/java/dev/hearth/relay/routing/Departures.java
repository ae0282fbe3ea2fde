package dev.hearth.relay.routing;

import dev.hearth.protocol.Presence;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ends sessions: bye, grace period over, failed resumption. Called with the router lock held. */
final class Departures {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final RouterContext ctx;

    Departures(RouterContext ctx) {
        this.ctx = ctx;
    }

    /** The session is gone: its rooms hear {@code leave}, its nick is free, its token is dead. */
    void end(Session session, String why) {
        if (session.ended()) {
            return;
        }
        Peer peer = session.peer();
        session.end();
        if (peer != null && peer.session() == session) {
            peer.attach(null);
        }
        ctx.state().remove(session);
        for (String roomKey : session.roomKeys()) {
            Room room = ctx.state().room(roomKey);
            if (room == null) {
                continue;
            }
            room.remove(session);
            Presence leave = new Presence(room.name(), session.nick(), Presence.LEAVE, null, ctx.now());
            byte[] line = ctx.out().encode(leave);
            for (Session member : room.members()) {
                member.deliver(line);
            }
            ctx.state().removeIfAbandoned(room);
        }
        LOG.log(System.Logger.Level.INFO, "session of {0} ended ({1})", session.nick(), why);
    }

    /**
     * Keeps the sessions waiting in their grace period to at most as many as the relay takes live
     * connections, ending the longest-waiting first: each holds a nick and a replay buffer, and
     * connecting and dropping under ever new nicks must not grow memory without bound.
     */
    void boundGrace() {
        List<Session> waiting = new ArrayList<>();
        for (Session s : ctx.state().sessions()) {
            if (s.detached()) {
                waiting.add(s);
            }
        }
        int excess = waiting.size() - ctx.config().maxConnections();
        if (excess > 0) {
            waiting.sort(Comparator.comparingLong(Session::detachedAtNanos));
            waiting.subList(0, excess).forEach(s -> end(s, "too many sessions in their grace period"));
        }
    }

    /** Ends every session whose connection has been gone longer than the grace period. */
    void expireGrace() {
        long now = ctx.nanoClock().getAsLong();
        long grace = ctx.config().grace().toNanos();
        List<Session> expired = new ArrayList<>();
        for (Session s : ctx.state().sessions()) {
            if (s.detached() && now - s.detachedAtNanos() >= grace) {
                expired.add(s);
            }
        }
        expired.forEach(s -> end(s, "grace period over"));
    }
}
