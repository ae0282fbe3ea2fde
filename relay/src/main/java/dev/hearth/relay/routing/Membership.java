package dev.hearth.relay.routing;

import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.PresenceFeed;
import dev.hearth.relay.session.PresenceFeeds;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is in which room, who muted which room, and who ignores whom: the one owner of these
 * relations. Its invariants hold after every call, and nothing mutable leaves it:
 * <ul>
 *   <li>a session is among a room's members exactly when the room is among the session's rooms,
 *       under the session's current nick key;</li>
 *   <li>a session mutes only rooms it is in;</li>
 *   <li>an ignore names a nick key and follows that person through renames;</li>
 *   <li>a session follows a room's presence feed exactly when it is among the room's members, and
 *       takes what waited for it there as it leaves;</li>
 *   <li>an ended session is in no room, mutes nothing and ignores no one.</li>
 * </ul>
 *
 * <p>Guarded by the router lock. Collections it returns are read-only views, to be read before
 * the next change.
 */
final class Membership {
    private final Map<Room, TreeMap<String, Session>> membersByRoom = new HashMap<>();
    private final Map<Session, LinkedHashSet<Room>> roomsBySession = new HashMap<>();
    private final Map<Session, Set<Room>> mutedBySession = new HashMap<>();
    private final Map<Session, Set<String>> ignoredBySession = new HashMap<>();
    /** Every room with members has one: who joined, left or was renamed, until its members take it. */
    private final Map<Room, PresenceFeed> feedsByRoom = new HashMap<>();
    private final PresenceFeeds feeds;

    Membership(PresenceFeeds feeds) {
        this.feeds = feeds;
    }

    /** @return true when the session was not in the room before */
    boolean join(Session session, Room room) {
        if (isMember(session, room)) {
            return false;
        }
        membersByRoom.computeIfAbsent(room, r -> new TreeMap<>()).put(session.nickKey(), session);
        roomsBySession.computeIfAbsent(session, s -> new LinkedHashSet<>()).add(room);
        feedsByRoom.computeIfAbsent(room, r -> feeds.newFeed()).follow(session);
        return true;
    }

    /** @return true when the session was in the room; its mute of the room goes with it */
    boolean leave(Session session, Room room) {
        if (!isMember(session, room)) {
            return false;
        }
        // What the room said before the leave reaches the leaver first.
        feedsByRoom.get(room).unfollow(session);
        TreeMap<String, Session> members = membersByRoom.get(room);
        members.remove(session.nickKey());
        if (members.isEmpty()) {
            membersByRoom.remove(room);
            feedsByRoom.remove(room);
        }
        Set<Room> rooms = roomsBySession.get(session);
        rooms.remove(room);
        if (rooms.isEmpty()) {
            roomsBySession.remove(session);
        }
        Set<Room> muted = mutedBySession.get(session);
        if (muted != null && muted.remove(room) && muted.isEmpty()) {
            mutedBySession.remove(session);
        }
        return true;
    }

    /** Takes an ending session out of everything; returns the rooms it was in, in the order it joined. */
    List<Room> end(Session session) {
        List<Room> rooms = roomsOf(session);
        rooms.forEach(room -> leave(session, room));
        mutedBySession.remove(session);
        ignoredBySession.remove(session);
        return rooms;
    }

    /** The session's nick key changed from {@code oldKey}: member maps re-sort, ignores of it follow. */
    void renamed(Session session, String oldKey) {
        String newKey = session.nickKey();
        if (oldKey.equals(newKey)) {
            return;
        }
        for (Room room : roomsBySession.getOrDefault(session, new LinkedHashSet<>())) {
            TreeMap<String, Session> members = membersByRoom.get(room);
            members.remove(oldKey, session);
            members.put(newKey, session);
        }
        for (Set<String> ignored : ignoredBySession.values()) {
            if (ignored.remove(oldKey)) {
                ignored.add(newKey);
            }
        }
    }

    /**
     * Tells every member of {@code room} but {@code about} (null: every one) a presence line, on
     * its feed: each takes it before the next line it is sent, or on the feeds' next round.
     */
    void announce(Room room, SharedBody line, Session about) {
        PresenceFeed feed = feedsByRoom.get(room);
        if (feed != null) {
            feed.add(line, about);
        }
    }

    boolean isMember(Session session, Room room) {
        TreeMap<String, Session> members = membersByRoom.get(room);
        return members != null && members.get(session.nickKey()) == session;
    }

    /** The room's members in nick-key order. */
    Collection<Session> members(Room room) {
        TreeMap<String, Session> members = membersByRoom.get(room);
        return members == null ? List.of() : Collections.unmodifiableCollection(members.values());
    }

    List<String> memberNicks(Room room) {
        return members(room).stream().map(Session::nick).toList();
    }

    int memberCount(Room room) {
        TreeMap<String, Session> members = membersByRoom.get(room);
        return members == null ? 0 : members.size();
    }

    /** A copy: callers leave rooms while walking it. */
    List<Room> roomsOf(Session session) {
        return List.copyOf(roomsBySession.getOrDefault(session, new LinkedHashSet<>()));
    }

    int roomCount(Session session) {
        Set<Room> rooms = roomsBySession.get(session);
        return rooms == null ? 0 : rooms.size();
    }

    /** Mutes or unmutes a room the session is in. */
    void mute(Session session, Room room, boolean on) {
        if (!isMember(session, room)) {
            throw new IllegalStateException("only a member mutes a room");
        }
        if (on) {
            mutedBySession.computeIfAbsent(session, s -> new HashSet<>()).add(room);
        } else {
            Set<Room> muted = mutedBySession.get(session);
            if (muted != null && muted.remove(room) && muted.isEmpty()) {
                mutedBySession.remove(session);
            }
        }
    }

    boolean muted(Session session, Room room) {
        Set<Room> muted = mutedBySession.get(session);
        return muted != null && muted.contains(room);
    }

    void ignore(Session session, String nickKey, boolean on) {
        if (on) {
            ignoredBySession.computeIfAbsent(session, s -> new HashSet<>()).add(nickKey);
        } else {
            Set<String> ignored = ignoredBySession.get(session);
            if (ignored != null && ignored.remove(nickKey) && ignored.isEmpty()) {
                ignoredBySession.remove(session);
            }
        }
    }

    boolean ignores(Session session, String nickKey) {
        Set<String> ignored = ignoredBySession.get(session);
        return ignored != null && ignored.contains(nickKey);
    }
}
