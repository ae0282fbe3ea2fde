package dev.hearth.relay.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.TreeMap;

/**
 * Every room on the relay and how long each may live: a room exists while it has members or
 * backlog, an empty room keeps its backlog for {@code emptyTtl}, the backlogs of all rooms share one
 * byte budget (the relay's oldest message goes first), and there are at most {@code maxRooms}
 * rooms (a new one takes the place of the room that has been empty longest). Whether a room has
 * members is the membership's to say; it tells this directory when a room empties or fills.
 *
 * <p>Guarded by the router lock.
 */
public final class RoomDirectory {
    private final int maxRooms;
    private final int backlogLimit;
    private final long emptyTtlNanos;
    private final BacklogBudget budget;
    private final Map<String, Room> byKey = new TreeMap<>();
    /** Rooms without members, longest empty first, with the time each became empty. */
    private final LinkedHashMap<Room, Long> emptySince = new LinkedHashMap<>();
    /** Told of every message that leaves a backlog, whatever the reason: the relay no longer knows it. */
    private final Consumer<Room.Posted> dropped;

    public RoomDirectory(int maxRooms, int backlogLimit, long backlogBudgetBytes, Duration emptyTtl) {
        this(maxRooms, backlogLimit, backlogBudgetBytes, emptyTtl, posted -> { });
    }

    public RoomDirectory(int maxRooms, int backlogLimit, long backlogBudgetBytes, Duration emptyTtl,
            Consumer<Room.Posted> dropped) {
        this.dropped = dropped;
        this.maxRooms = maxRooms;
        this.backlogLimit = backlogLimit;
        this.emptyTtlNanos = emptyTtl.toNanos();
        this.budget = new BacklogBudget(backlogBudgetBytes);
    }

    public Room find(String key) {
        return byKey.get(key);
    }

    /**
     * The room with that key, created if needed; null when the relay is at its room cap and no
     * empty room can make way. A room created here is empty until {@link #occupied} is called.
     */
    public Room open(String name, String key, long nowNanos) {
        Room room = byKey.get(key);
        if (room != null) {
            return room;
        }
        if (byKey.size() >= maxRooms) {
            if (emptySince.isEmpty()) {
                return null;
            }
            remove(emptySince.firstEntry().getKey());
        }
        room = new Room(name, key, backlogLimit);
        byKey.put(key, room);
        emptySince.put(room, nowNanos);
        return room;
    }

    /** The room has a member now. */
    public void occupied(Room room) {
        emptySince.remove(room);
    }

    /** The room's last member left: it goes now, or once its backlog has aged out. */
    public void emptied(Room room, long nowNanos) {
        if (!room.hasBacklog()) {
            remove(room);
        } else {
            emptySince.put(room, nowNanos);
        }
    }

    /** Adds a message to the room's backlog, then drops the relay's oldest until within the budget. */
    public void post(Room room, Room.Posted posted) {
        budget.add(posted, room);
        room.append(posted).forEach(this::forget);
        trim();
    }

    /**
     * The message shows a new state (edited, reacted to, deleted): its line changes, in place.
     * A line that grew may take the budget over, and then the relay's oldest go as after a post.
     */
    public void restate(Room.Posted posted, byte[] newLine) {
        budget.restate(posted, newLine);
        trim();
    }

    private void trim() {
        while (budget.over()) {
            Room holder = budget.oldest().getValue();
            forget(holder.dropOldest());
            if (!holder.hasBacklog() && emptySince.containsKey(holder)) {
                remove(holder);
            }
        }
    }

    private void forget(Room.Posted posted) {
        budget.forget(posted);
        dropped.accept(posted);
    }

    /** Removes rooms that have been empty longer than the lifetime of an empty room's backlog. */
    public void expire(long nowNanos) {
        List<Room> expired = new ArrayList<>();
        for (Map.Entry<Room, Long> e : emptySince.entrySet()) {
            if (nowNanos - e.getValue() < emptyTtlNanos) {
                break;
            }
            expired.add(e.getKey());
        }
        expired.forEach(this::remove);
    }

    public Collection<Room> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    public int count() {
        return byKey.size();
    }

    public long backlogBytes() {
        return budget.bytes();
    }

    private void remove(Room room) {
        byKey.remove(room.key(), room);
        emptySince.remove(room);
        for (Room.Posted posted : room.backlog()) {
            forget(posted);
        }
    }
}
