package dev.hearth.relay.room;

import dev.hearth.protocol.Message;
import dev.hearth.relay.session.Session;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.SequencedCollection;
import java.util.TreeMap;

/**
 * A room: its members (ordered by nick key), its message counter and its backlog, in memory only.
 *
 * <p>Guarded by the router lock.
 */
public final class Room {
    /** A backlog message with its encoded line, so a join replays it without encoding again. */
    public record Posted(Message message, String senderKey, byte[] line) {}

    private final String name;
    private final String key;
    private final int backlogLimit;
    private final TreeMap<String, Session> membersByNickKey = new TreeMap<>();
    private final ArrayDeque<Posted> backlog = new ArrayDeque<>();
    private long lastSeq;

    public Room(String name, String key, int backlogLimit) {
        this.name = name;
        this.key = key;
        this.backlogLimit = backlogLimit;
    }

    public String name() {
        return name;
    }

    public String key() {
        return key;
    }

    public boolean has(Session session) {
        return membersByNickKey.get(session.nickKey()) == session;
    }

    public void add(Session session) {
        membersByNickKey.put(session.nickKey(), session);
    }

    public void remove(Session session) {
        membersByNickKey.remove(session.nickKey(), session);
    }

    /** Keeps the member map ordered after a member's nick key changed. */
    public void rekey(String oldKey, Session session) {
        if (membersByNickKey.remove(oldKey, session)) {
            membersByNickKey.put(session.nickKey(), session);
        }
    }

    public Collection<Session> members() {
        return membersByNickKey.values();
    }

    public List<String> memberNicks() {
        return membersByNickKey.values().stream().map(Session::nick).toList();
    }

    public long nextSeq() {
        return ++lastSeq;
    }

    public void post(Posted posted) {
        if (backlogLimit == 0) {
            return;
        }
        backlog.addLast(posted);
        while (backlog.size() > backlogLimit) {
            backlog.removeFirst();
        }
    }

    public SequencedCollection<Posted> backlog() {
        return backlog;
    }

    /** A room lives while it has members or backlog. */
    public boolean abandoned() {
        return membersByNickKey.isEmpty() && backlog.isEmpty();
    }
}
