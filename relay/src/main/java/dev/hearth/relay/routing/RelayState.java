package dev.hearth.relay.routing;

import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who is on the relay and which rooms exist. In memory only.
 *
 * <p>Guarded by the router lock.
 */
final class RelayState {
    private final Map<String, Session> sessionsByNickKey = new TreeMap<>();
    private final Map<String, Session> sessionsByToken = new HashMap<>();
    private final Map<String, Room> roomsByKey = new TreeMap<>();

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

    void remove(Session session) {
        sessionsByNickKey.remove(session.nickKey(), session);
        sessionsByToken.remove(session.token(), session);
    }

    void rekey(String oldKey, Session session) {
        sessionsByNickKey.remove(oldKey, session);
        sessionsByNickKey.put(session.nickKey(), session);
    }

    /** Every session, in nick-key order. */
    Iterable<Session> sessions() {
        return sessionsByNickKey.values();
    }

    List<String> nicks() {
        return sessionsByNickKey.values().stream().map(Session::nick).toList();
    }

    Room room(String key) {
        return roomsByKey.get(key);
    }

    void addRoom(Room room) {
        roomsByKey.put(room.key(), room);
    }

    void removeIfAbandoned(Room room) {
        if (room.abandoned()) {
            roomsByKey.remove(room.key(), room);
        }
    }

    Iterable<Room> rooms() {
        return roomsByKey.values();
    }
}
