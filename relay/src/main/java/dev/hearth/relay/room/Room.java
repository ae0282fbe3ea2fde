package dev.hearth.relay.room;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;
import java.util.Collections;

/**
 * A room's name, message counter and backlog, in memory only. Who is in it is not kept here but in
 * the relay's membership, which has one owner; the backlog's bytes count against the relay-wide
 * budget kept by {@link RoomDirectory}.
 *
 * <p>Guarded by the router lock.
 */
public final class Room {
    /**
     * A backlog message: whose it is (for ignores), its message id (protocol 1.1; null for lines
     * without one) and its encoded line as joiners get it. The line shows the message's current
     * state, so it changes when the message is edited, reacted to or deleted, only through
     * {@link RoomDirectory#restate}, which keeps the backlog budget right.
     */
    public static final class Posted {
        private final String senderKey;
        private final String mid;
        private byte[] line;

        public Posted(String senderKey, String mid, byte[] line) {
            this.senderKey = senderKey;
            this.mid = mid;
            this.line = line;
        }

        public String senderKey() {
            return senderKey;
        }

        public String mid() {
            return mid;
        }

        public byte[] line() {
            return line;
        }

        void replaceLine(byte[] newLine) {
            this.line = newLine;
        }

        /** Sizes only: the line is chat text. */
        @Override
        public String toString() {
            return "Posted[" + mid + ", " + line.length + " bytes]";
        }
    }

    private final String name;
    private final String key;
    private final int backlogLimit;
    private final ArrayDeque<Posted> backlog = new ArrayDeque<>();
    private long lastSeq;

    Room(String name, String key, int backlogLimit) {
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

    public long nextSeq() {
        return ++lastSeq;
    }

    /** Appends to the backlog; returns what fell off its far end (the count limit), oldest first. */
    List<Posted> append(Posted posted) {
        if (backlogLimit == 0) {
            return List.of(posted);
        }
        backlog.addLast(posted);
        List<Posted> dropped = new ArrayList<>();
        while (backlog.size() > backlogLimit) {
            dropped.add(backlog.removeFirst());
        }
        return dropped;
    }

    /** Drops the oldest backlog message, which the budget found to be the relay's oldest. */
    Posted dropOldest() {
        return backlog.removeFirst();
    }

    public SequencedCollection<Posted> backlog() {
        return Collections.unmodifiableSequencedCollection(backlog);
    }

    boolean hasBacklog() {
        return !backlog.isEmpty();
    }

    @Override
    public String toString() {
        return "Room[" + key + ", " + backlog.size() + " in backlog]";
    }
}
