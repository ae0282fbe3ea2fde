package dev.hearth.relay.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long rooms live and how much their backlogs may hold, without a router. */
class RoomDirectoryTest {
    private static final long HOUR = Duration.ofHours(1).toNanos();

    private static Room.Posted posted(int bytes) {
        return new Room.Posted("alice", null, new byte[bytes]);
    }

    private static List<Integer> sizes(Room room) {
        return room.backlog().stream().map(p -> p.line().length).toList();
    }

    @Test
    void anEmptyRoomWithoutBacklogGoesAtOnce() {
        RoomDirectory rooms = new RoomDirectory(10, 100, 1 << 20, Duration.ofHours(24));
        Room lobby = rooms.open("lobby", "lobby", 0);
        rooms.occupied(lobby);
        rooms.emptied(lobby, 0);
        assertNull(rooms.find("lobby"));
    }

    @Test
    void anEmptyRoomKeepsItsBacklogForItsLifetimeThenGoes() {
        RoomDirectory rooms = new RoomDirectory(10, 100, 1 << 20, Duration.ofHours(24));
        Room lobby = rooms.open("lobby", "lobby", 0);
        rooms.occupied(lobby);
        rooms.post(lobby, posted(100));
        rooms.emptied(lobby, 0);

        rooms.expire(24 * HOUR - 1);
        assertSame(lobby, rooms.find("lobby"), "a moment before its lifetime is over");
        rooms.expire(24 * HOUR);
        assertNull(rooms.find("lobby"));
        assertEquals(0, rooms.backlogBytes(), "its backlog no longer counts");
    }

    @Test
    void aRoomWithMembersNeverExpires() {
        RoomDirectory rooms = new RoomDirectory(10, 100, 1 << 20, Duration.ofHours(1));
        Room lobby = rooms.open("lobby", "lobby", 0);
        rooms.occupied(lobby);
        rooms.post(lobby, posted(100));
        rooms.expire(1000 * HOUR);
        assertSame(lobby, rooms.find("lobby"));
    }

    @Test
    void pastTheBudgetTheRelaysOldestMessageGoesFirstWhicheverRoomHoldsIt() {
        long cost = 1000 + BacklogBudget.OVERHEAD_BYTES;
        RoomDirectory rooms = new RoomDirectory(10, 100, 3 * cost, Duration.ofHours(1));
        Room a = rooms.open("a", "a", 0);
        Room b = rooms.open("b", "b", 0);
        rooms.occupied(a);
        rooms.occupied(b);
        rooms.post(a, new Room.Posted("x", null, new byte[1000]));
        rooms.post(b, new Room.Posted("x", null, new byte[1000]));
        rooms.post(b, new Room.Posted("x", null, new byte[1000]));
        assertEquals(3 * cost, rooms.backlogBytes());

        rooms.post(b, new Room.Posted("x", null, new byte[1000]));
        assertEquals(0, a.backlog().size(), "a's message was the oldest");
        assertEquals(3, b.backlog().size());
        assertEquals(3 * cost, rooms.backlogBytes());
    }

    @Test
    void anEmptyRoomWhoseBacklogTheBudgetTookGoes() {
        RoomDirectory rooms = new RoomDirectory(10, 100, 1000 + BacklogBudget.OVERHEAD_BYTES, Duration.ofHours(1));
        Room quiet = rooms.open("quiet", "quiet", 0);
        rooms.occupied(quiet);
        rooms.post(quiet, posted(1000));
        rooms.emptied(quiet, 0);
        Room busy = rooms.open("busy", "busy", 0);
        rooms.occupied(busy);
        rooms.post(busy, posted(1000));
        assertNull(rooms.find("quiet"));
        assertEquals(1, rooms.count());
    }

    @Test
    void messagesTheCountLimitDropsLeaveTheBudget() {
        RoomDirectory rooms = new RoomDirectory(10, 2, 1 << 20, Duration.ofHours(1));
        Room lobby = rooms.open("lobby", "lobby", 0);
        rooms.occupied(lobby);
        rooms.post(lobby, posted(10));
        rooms.post(lobby, posted(20));
        rooms.post(lobby, posted(30));
        assertEquals(List.of(20, 30), sizes(lobby));
        assertEquals(20 + 30 + 2 * BacklogBudget.OVERHEAD_BYTES, rooms.backlogBytes());
    }

    @Test
    void atTheRoomCapANewRoomTakesThePlaceOfTheRoomEmptyLongest() {
        RoomDirectory rooms = new RoomDirectory(2, 100, 1 << 20, Duration.ofHours(24));
        Room older = rooms.open("older", "older", 0);
        rooms.occupied(older);
        rooms.post(older, posted(10));
        rooms.emptied(older, 1);
        Room newer = rooms.open("newer", "newer", 2);
        rooms.occupied(newer);
        rooms.post(newer, posted(10));
        rooms.emptied(newer, 3);

        assertNotNull(rooms.open("third", "third", 4));
        assertNull(rooms.find("older"));
        assertSame(newer, rooms.find("newer"));
    }

    @Test
    void atTheRoomCapWithEveryRoomOccupiedNoNewRoomOpens() {
        RoomDirectory rooms = new RoomDirectory(1, 100, 1 << 20, Duration.ofHours(24));
        rooms.occupied(rooms.open("only", "only", 0));
        assertNull(rooms.open("another", "another", 0));
        assertNotNull(rooms.open("only", "only", 0), "an existing room still opens");
        assertTrue(rooms.count() == 1);
    }
}
