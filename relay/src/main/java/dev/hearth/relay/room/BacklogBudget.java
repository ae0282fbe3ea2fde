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

    /** The line and what holding it costs besides: the record, the array header, the map entry. */
    private static long cost(Room.Posted posted) {
        return posted.line().length + 96L;
    }
}
