package dev.hearth.relay.routing;

import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Welcome;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.file.FileMemory;
import dev.hearth.relay.message.KnownMessages;
import dev.hearth.relay.message.MidSource;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.room.RoomDirectory;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.PresenceFeeds;
import dev.hearth.relay.session.ReplayBudget;
import dev.hearth.relay.session.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Who is on the relay and which rooms exist, in memory only: the sessions, the rooms and the
 * membership between them, changed only through the operations here so that they stay in step.
 *
 * <p>Guarded by the router lock.
 */
final class RelayState {
    /** How a join went. */
    sealed interface JoinOutcome {
        /** @param fresh false when the session was in the room already */
        record In(Room room, boolean fresh) implements JoinOutcome {}

        /** The session is in as many rooms as it may be. */
        record SessionFull(int limit) implements JoinOutcome {}

        /** The relay has as many rooms as it may, none of them empty. */
        record RelayFull(int limit) implements JoinOutcome {}
    }

    private static final Comparator<Welcome.RoomSummary> BUSIEST_FIRST =
            Comparator.comparing(Welcome.RoomSummary::members).reversed();

    private final Map<String, Session> sessionsByNickKey = new TreeMap<>();
    private final Map<String, Session> sessionsByToken = new HashMap<>();
    /**
     * Sessions in their grace period, longest gone first (the grace is the same for all): every
     * watchdog round walks these, not every session, and stops at the first still within it.
     */
    private final Set<Session> detached = new LinkedHashSet<>();
    private final PresenceFeeds presence = new PresenceFeeds();
    private final Membership membership = new Membership(presence);
    private final RoomDirectory rooms;
    private final KnownMessages known;
    private final FileMemory<FileNote> files;
    private final MidSource mids = new MidSource();
    private final ReplayBudget replayBudget;
    private final int maxRoomsPerSession;
    private final int maxRooms;

    RelayState(RelayConfig config) {
        this.files = new FileMemory<>(config.fileMemory(), ProtocolDefaults.CHUNK_BYTES,
                TimeUnit.SECONDS.toNanos(ProtocolDefaults.UPLOAD_SECONDS), config.fileTtl().toNanos());
        this.known = new KnownMessages(config.dmMemory(), files::drop);
        this.rooms = new RoomDirectory(config.maxRooms(), config.backlog(), config.backlogBudget(), config.emptyRoomTtl(),
                posted -> known.forget(posted.mid()));
        this.replayBudget = new ReplayBudget(config.replayBudget());
        this.maxRoomsPerSession = config.maxRoomsPerSession();
        this.maxRooms = config.maxRooms();
    }

    Session byNickKey(String key) {
        return sessionsByNickKey.get(key);
    }

    Session byToken(String token) {
        return sessionsByToken.get(token);
    }

    void add(Session session) {
        sessionsByNickKey.put(session.nickKey(), session);
        sessionsByToken.put(session.token(), session);
    }

    /** Every session, in nick-key order; a copy, since callers end sessions while walking it. */
    List<Session> sessions() {
        return List.copyOf(sessionsByNickKey.values());
    }

    int sessionCount() {
        return sessionsByNickKey.size();
    }

    List<String> nicks() {
        return sessionsByNickKey.values().stream().map(Session::nick).toList();
    }

    void rename(Session session, String newNick, String newKey) {
        String oldKey = session.nickKey();
        session.rename(newNick, newKey);
        sessionsByNickKey.remove(oldKey, session);
        sessionsByNickKey.put(newKey, session);
        membership.renamed(session, oldKey);
    }

    /** The session has a connection again (a login or a resumption); its grace period, if any, is over. */
    void attach(Session session, Peer peer) {
        session.attach(peer);
        detached.remove(session);
    }

    /** The session's connection is gone: its grace period starts. */
    void detach(Session session, long nowNanos) {
        session.detach(nowNanos);
        detached.remove(session); // a session gone twice waits from its latest departure
        detached.add(session);
    }

    /** The session longest in its grace period, if any. */
    Optional<Session> longestDetached() {
        return detached.stream().findFirst();
    }

    /**
     * Sessions gone for at least {@code grace} by {@code nowNanos}, longest gone first: the front of
     * the detached sessions, up to the first still within its grace. A list of their own, since
     * callers end them.
     */
    List<Session> graceOver(long nowNanos, long grace) {
        List<Session> over = new ArrayList<>();
        for (Session session : detached) {
            if (nowNanos - session.detachedAtNanos() < grace) {
                break; // the rest left later
            }
            over.add(session);
        }
        return over;
    }

    /** Takes an ending session off the relay; returns the rooms it was in, for their {@code leave}. */
    List<Room> end(Session session, long nowNanos) {
        detached.remove(session);
        sessionsByNickKey.remove(session.nickKey(), session);
        sessionsByToken.remove(session.token(), session);
        List<Room> left = membership.end(session);
        left.forEach(room -> roomMaybeEmptied(room, nowNanos));
        return left;
    }

    Membership membership() {
        return membership;
    }

    /** The rooms' presence feeds, for their rounds. */
    PresenceFeeds presence() {
        return presence;
    }

    Room room(String key) {
        return rooms.find(key);
    }

    JoinOutcome join(Session session, String name, String key, long nowNanos) {
        Room existing = rooms.find(key);
        if (existing != null && membership.isMember(session, existing)) {
            return new JoinOutcome.In(existing, false);
        }
        if (membership.roomCount(session) >= maxRoomsPerSession) {
            return new JoinOutcome.SessionFull(maxRoomsPerSession);
        }
        Room room = rooms.open(name, key, nowNanos);
        if (room == null) {
            return new JoinOutcome.RelayFull(maxRooms);
        }
        membership.join(session, room);
        rooms.occupied(room);
        return new JoinOutcome.In(room, true);
    }

    void leave(Session session, Room room, long nowNanos) {
        if (membership.leave(session, room)) {
            roomMaybeEmptied(room, nowNanos);
        }
    }

    void post(Room room, Room.Posted posted) {
        rooms.post(room, posted);
    }

    /** A backlog message shows a new state. */
    void restate(Room.Posted posted, byte[] line) {
        rooms.restate(posted, line);
    }

    /** The messages the relay knows by id (protocol 1.1). */
    KnownMessages known() {
        return known;
    }

    /** Files under way and delivered (protocol 1.1); each goes when its message is known no more. */
    FileMemory<FileNote> files() {
        return files;
    }

    /** The next message id. */
    String nextMid() {
        return mids.next();
    }

    void expireEmptyRooms(long nowNanos) {
        rooms.expire(nowNanos);
    }

    int roomCount() {
        return rooms.count();
    }

    long backlogBytes() {
        return rooms.backlogBytes();
    }

    /** What every session keeps for resumption together; each new session counts against it. */
    ReplayBudget replayBudget() {
        return replayBudget;
    }

    /** Every room with its member count, busiest first, then by name key. */
    List<Welcome.RoomSummary> roomSummaries() {
        List<Welcome.RoomSummary> all = new ArrayList<>(rooms.count());
        for (Room room : rooms.all()) {
            all.add(new Welcome.RoomSummary(room.name(), membership.memberCount(room)));
        }
        // rooms.all() is in key order and the sort is stable, so equally busy rooms stay in key order.
        all.sort(BUSIEST_FIRST);
        return all;
    }

    private void roomMaybeEmptied(Room room, long nowNanos) {
        if (membership.memberCount(room) == 0) {
            rooms.emptied(room, nowNanos);
        }
    }
}
