package dev.hearth.relay.room;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes of every room's backlog together, and which message is the relay's oldest, so that
 * past the budget the oldest goes first whichever room holds it. Rooms keep their backlogs in the
 * order messages were posted, so the relay's oldest is always at the front of its room's backlog.
 *
 * <p>Guarded by the router lock.
 */
final class BacklogBudget {
    /** What holding a backlog message costs besides its line (see {@link #cost}). */
    static final long OVERHEAD_BYTES = 224;

    private final long maxBytes;
    private final LinkedHashMap<Room.Posted, Room> oldestFirst = new LinkedHashMap<>();
    private long bytes;

    BacklogBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void add(Room.Posted posted, Room room) {
        oldestFirst.put(posted, room);
        bytes += cost(posted);
    }

    void forget(Room.Posted posted) {
        if (oldestFirst.remove(posted) != null) {
            bytes -= cost(posted);
        }
    }

    /** The message's line changes size; it keeps its place in the order. */
    void restate(Room.Posted posted, byte[] newLine) {
        boolean held = oldestFirst.containsKey(posted);
        if (held) {
            bytes -= cost(posted);
        }
        posted.replaceLine(newLine);
        if (held) {
            bytes += cost(posted);
        }
    }

    boolean held(Room.Posted posted) {
        return oldestFirst.containsKey(posted);
    }

    boolean over() {
        return bytes > maxBytes;
    }

    /** The relay's oldest backlog message and its room; call only while {@link #over()}. */
    Map.Entry<Room.Posted, Room> oldest() {
        return oldestFirst.firstEntry();
    }

    long bytes() {
        return bytes;
    }

    /**
     * The line and what holding it costs besides: the holder, the array header, the map entry, and
     * what the relay knows of the message to change it (protocol 1.1: its id, author, reactions).
     */
    private static long cost(Room.Posted posted) {
        return posted.line().length + OVERHEAD_BYTES;
    }
}
