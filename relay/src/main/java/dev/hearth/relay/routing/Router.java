package dev.hearth.relay.routing;

import dev.hearth.protocol.Ack;
import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.Fetch;
import dev.hearth.protocol.Fetched;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.FileReady;
import dev.hearth.protocol.Delete;
import dev.hearth.protocol.Deleted;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Edit;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Hello;
import dev.hearth.protocol.Ignore;
import dev.hearth.protocol.Ignored;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Leave;
import dev.hearth.protocol.Left;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Mute;
import dev.hearth.protocol.Muted;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.React;
import dev.hearth.protocol.Reaction;
import dev.hearth.protocol.Presence;
import dev.hearth.protocol.Rooms;
import dev.hearth.protocol.Say;
import dev.hearth.protocol.Typing;
import dev.hearth.protocol.Welcome;
import dev.hearth.protocol.Who;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.file.FileMemory;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.PresenceFeeds;
import dev.hearth.relay.session.Session;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Routes every decoded envelope of every connection. All relay state (sessions, rooms, throttle)
 * lives behind one lock; handlers only touch memory and queue lines on outboxes, which never
 * block, so the lock is held for microseconds and no socket write ever happens under it.
 *
 * <p>Called from connection reader threads and the watchdog thread.
 */
public final class Router {
    private final ReentrantLock lock = new ReentrantLock();
    private final RouterContext ctx;
    private final Departures departures;
    private final LoginHandler login;
    private final RoomHandler rooms;
    private final DirectHandler directs;
    private final MessageChangeHandler changes;
    private final RenameHandler renames;
    private final RoomListHandler roomList;
    private final FileRequests files;
    // Guarded by lock
    private boolean shuttingDown;

    public Router(RelayConfig config, EnvelopeCodec codec, Clock clock, LongSupplier nanoClock) {
        this.ctx = new RouterContext(config, new RelayState(config), new Outbound(codec, config.maxFrame()), clock, nanoClock);
        Conversations conversations = new Conversations(ctx);
        this.rooms = new RoomHandler(ctx, conversations);
        this.directs = new DirectHandler(ctx, conversations);
        this.files = config.filesOn() ? new FilesOn(ctx, rooms, directs, conversations) : new FilesOff(ctx);
        this.departures = new Departures(ctx, files);
        this.login = new LoginHandler(ctx, departures, files);
        this.changes = new MessageChangeHandler(ctx, conversations);
        this.renames = new RenameHandler(ctx);
        this.roomList = new RoomListHandler(ctx);
    }

    /** The relay's state, for tests in this package that check its bounds. */
    RelayState stateForTests() {
        return ctx.state();
    }

    /** One decoded line from a connection. */
    public void onLine(Peer peer, Decoded decoded) {
        // A file chunk's base64 is decoded before the lock is taken: everyone else's lines wait for it.
        byte[] chunkData = decoded instanceof Decoded.Valid(Chunk chunk, Long n, String id)
                ? FileMemory.decode(chunk.data()) : null;
        lock.lock();
        try {
            if (shuttingDown) {
                return;
            }
            switch (decoded) {
                case Decoded.Malformed(ErrorCode code, String reason, String id) -> ctx.out().error(peer, code, reason, id);
                case Decoded.Valid(Envelope envelope, Long ignoredCounter, String id) -> route(peer, envelope, id, chunkData);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The connection's line was over the frame limit; it is closed after the error. */
    public void onFrameTooLarge(Peer peer, int limit) {
        lock.lock();
        try {
            ctx.out().error(peer, ErrorCode.FRAME_TOO_LARGE, "a line may be at most " + limit + " bytes", null);
        } finally {
            lock.unlock();
        }
    }

    /** The connection is gone; its session, if any, starts its grace period. */
    public void onClosed(Peer peer) {
        lock.lock();
        try {
            Session session = peer.session();
            if (session != null && session.peer() == peer) {
                ctx.state().detach(session, ctx.nanos());
                peer.log().info("connection of " + session.nick() + " lost; session kept for "
                        + ctx.config().grace().toSeconds() + " s");
            }
            peer.attach(null);
        } finally {
            lock.unlock();
        }
    }

    /** The connection has been silent for the idle-ping time. */
    public void ping(Peer peer) {
        lock.lock();
        try {
            ctx.out().toPeer(peer, new Ping(null));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The connection has room again for the bulk lines it was waiting to be sent (chunks of a file
     * it fetches). Called from its writer thread.
     */
    public void onRoomForBulk(Peer peer) {
        lock.lock();
        try {
            Session session = peer.session();
            if (!shuttingDown && session != null && session.peer() == peer) {
                files.roomForBulk(session);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The presence feeds' round, every {@link PresenceFeeds#EVERY}: members of rooms that people
     * joined, left or were renamed in since the last take those lines now.
     */
    public void servePresence() {
        lock.lock();
        try {
            ctx.state().presence().serveWaiting();
        } finally {
            lock.unlock();
        }
    }

    /** Periodic housekeeping from the watchdog: grace expiry, empty rooms' lifetime, throttle pruning, files' lifetimes. */
    public void housekeeping() {
        lock.lock();
        try {
            files.expire();
            departures.expireGrace();
            ctx.state().expireEmptyRooms(ctx.nanos());
            login.throttle().prune();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The door gets a new password. Everyone who came in with the old one is shown out: each
     * connection gets {@code auth-failed} and every session ends, including those waiting in their
     * grace period, whose tokens would otherwise let the old password back in. The same password
     * again changes nothing.
     *
     * @return how many sessions ended, or -1 when the password was already {@code newPassword}
     */
    public int changePassword(String newPassword, List<Peer> peers) {
        lock.lock();
        try {
            if (shuttingDown || login.isCurrentPassword(newPassword)) {
                return -1;
            }
            login.changePassword(newPassword);
            for (Peer peer : peers) {
                if (peer.session() != null) {
                    ctx.out().error(peer, ErrorCode.AUTH_FAILED, "the relay's password has changed", null);
                }
            }
            List<Session> sessions = List.copyOf(ctx.state().sessions());
            for (Session session : sessions) {
                departures.end(session, "password changed");
            }
            return sessions.size();
        } finally {
            lock.unlock();
        }
    }

    /** Every connected peer gets {@code shutting-down}; every session ends. */
    public void shutdown(List<Peer> peers) {
        lock.lock();
        try {
            shuttingDown = true;
            for (Peer peer : peers) {
                ctx.out().error(peer, ErrorCode.SHUTTING_DOWN, "the relay is shutting down", null);
            }
            ctx.state().sessions().forEach(Session::end);
        } finally {
            lock.unlock();
        }
    }

    /** @param id the line's request id, which a relay-only record (presence) does not keep */
    private void route(Peer peer, Envelope envelope, String id, byte[] chunkData) {
        Session session = peer.session();
        if (session == null) {
            routeBeforeLogin(peer, envelope, id);
            return;
        }
        switch (envelope) {
            case Hello h -> ctx.out().error(peer, ErrorCode.BAD_REQUEST, "already logged in", h.id());
            case Join j -> rooms.join(peer, session, j);
            case Leave l -> rooms.leave(peer, session, l);
            case Say s -> rooms.say(peer, session, s);
            case Who w -> rooms.who(peer, session, w);
            case Rooms r -> roomList.list(session, r);
            case Mute m -> rooms.mute(peer, session, m);
            case Typing t -> typing(peer, session, t);
            case Dm d -> directs.dm(peer, session, d);
            case Ignore i -> directs.ignore(peer, session, i);
            case Nick n -> renames.rename(peer, session, n);
            case Ping p -> ctx.out().toSession(session, new Pong(p.id()));
            case Pong p -> { }
            case Ack a -> acknowledge(session, a);
            case Bye b -> bye(peer, session);
            case Welcome e -> relayOnly(peer, e, id);
            case Joined e -> relayOnly(peer, e, id);
            case Left e -> relayOnly(peer, e, id);
            case Message e -> relayOnly(peer, e, id);
            case Muted e -> relayOnly(peer, e, id);
            case Ignored e -> relayOnly(peer, e, id);
            case Presence e -> relayOnly(peer, e, id);
            case ErrorReply e -> relayOnly(peer, e, id);
            case React r -> changes.react(peer, session, r);
            case Edit e -> changes.edit(peer, session, e);
            case Delete d -> changes.delete(peer, session, d);
            case Reaction e -> relayOnly(peer, e, id);
            case Edited e -> relayOnly(peer, e, id);
            case Deleted e -> relayOnly(peer, e, id);
            case FileOffer o -> files.offer(peer, session, o);
            case Chunk c -> files.chunk(peer, session, c, chunkData);
            case Fetch f -> files.fetch(peer, session, f);
            case FileReady e -> relayOnly(peer, e, id);
            case Fetched e -> relayOnly(peer, e, id);
        }
    }

    private void routeBeforeLogin(Peer peer, Envelope envelope, String id) {
        switch (envelope) {
            case Hello h -> login.hello(peer, h);
            case Ping p -> ctx.out().toPeer(peer, new Pong(p.id()));
            default -> ctx.out().error(peer, ErrorCode.NOT_LOGGED_IN, "send \"hello\" first", id);
        }
    }

    private void typing(Peer peer, Session session, Typing typing) {
        if (typing.room() != null) {
            rooms.typing(peer, session, typing);
        } else {
            directs.typing(peer, session, typing);
        }
    }

    private void acknowledge(Session session, Ack ack) {
        session.acknowledge(Math.min(ack.n(), session.lastN()));
    }

    private void bye(Peer peer, Session session) {
        departures.end(session, "bye");
        peer.sendAndClose(null);
    }

    private void relayOnly(Peer peer, Envelope envelope, String id) {
        ctx.out().error(peer, ErrorCode.BAD_REQUEST, "only the relay sends \"" + typeOf(envelope) + "\"", id);
    }

    private static String typeOf(Envelope envelope) {
        return TypeNames.OF.get(envelope.getClass());
    }

    /** Made when first needed, so that a start does not read the codec's types (EnvelopeCodec.types). */
    private static final class TypeNames {
        static final Map<Class<?>, String> OF = EnvelopeCodec.types().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
    }
}
