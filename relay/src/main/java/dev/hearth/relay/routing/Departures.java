package dev.hearth.relay.routing;

import dev.hearth.protocol.Presence;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;
import java.util.Optional;

/** Ends sessions: bye, grace period over, failed resumption, room for a newcomer. Called with the router lock held. */
final class Departures {
    private final RouterContext ctx;
    private final FileRequests files;

    Departures(RouterContext ctx, FileRequests files) {
        this.ctx = ctx;
        this.files = files;
    }

    /** The session is gone: its rooms hear {@code leave}, its nick is free, its token is dead. */
    void end(Session session, String why) {
        if (session.ended()) {
            return;
        }
        Peer peer = session.peer();
        session.end();
        files.ended(session);
        if (peer != null && peer.session() == session) {
            peer.attach(null);
        }
        for (Room room : ctx.state().end(session, ctx.nanos())) {
            SharedBody line = SharedBody.of(ctx.out().encode(new Presence(room.name(), session.nick(), Presence.LEAVE, null, ctx.now())));
            ctx.state().membership().announce(room, line, null);
        }
        // Through the log of the network it last came from, so session churn is bounded like connection churn.
        if (session.log() != null) {
            session.log().info("session of " + session.nick() + " ended (" + why + ")");
        }
    }

    /**
     * Makes room for a fresh login when the relay holds as many sessions as it may: the session
     * that has waited longest in its grace period ends early. Sessions in their grace period count,
     * since each holds a nick and a replay buffer, and every session is in the lists the relay sends.
     *
     * @return false when every session is connected, so the newcomer cannot be let in
     */
    boolean makeRoomForOneMore() {
        if (ctx.state().sessionCount() < ctx.config().maxConnections()) {
            return true;
        }
        Optional<Session> longestWaiting = ctx.state().longestDetached();
        longestWaiting.ifPresent(s -> end(s, "making room: too many sessions"));
        return longestWaiting.isPresent();
    }

    /** Ends every session whose connection has been gone longer than the grace period. */
    void expireGrace() {
        long now = ctx.nanos();
        long grace = ctx.config().grace().toNanos();
        for (Session s : ctx.state().graceOver(now, grace)) {
            end(s, "grace period over");
        }
    }
}
