package dev.hearth.relay.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hearth.relay.room.Room;
import dev.hearth.relay.room.RoomDirectory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KnownMessagesTest {
    private static final KnownMessage.Between ALICE_BOB = new KnownMessage.Between("alice", "bob");
    private static final KnownMessage.Between BOB_ALICE = new KnownMessage.Between("bob", "alice");

    private static KnownMessage dm(String mid, KnownMessage.Between between) {
        return new KnownMessage(mid, between, null, null);
    }

    @Test
    void remembersTheLatestDirectMessagesOfEachPairWhoeverWroteThem() {
        KnownMessages known = new KnownMessages(2);
        known.rememberDirect(dm("a", ALICE_BOB));
        known.rememberDirect(dm("b", BOB_ALICE));
        known.rememberDirect(dm("x", new KnownMessage.Between("alice", "carol")));
        known.rememberDirect(dm("c", ALICE_BOB));
        assertNull(known.find("a"), "the pair's oldest beyond two");
        assertNotNull(known.find("b"));
        assertNotNull(known.find("c"));
        assertNotNull(known.find("x"), "another pair keeps its own");
    }

    @Test
    void aDeletedDirectMessageIsKnownNoMoreAndFreesItsPlace() {
        KnownMessages known = new KnownMessages(2);
        KnownMessage a = dm("a", ALICE_BOB);
        known.rememberDirect(a);
        known.rememberDirect(dm("b", ALICE_BOB));
        known.deleted(a);
        assertNull(known.find("a"));
        known.rememberDirect(dm("c", ALICE_BOB));
        assertNotNull(known.find("b"), "the deleted one made room");
        assertEquals(2, known.size());
    }

    @Test
    void relayWideTheOldestDirectMessagesGoFirst() {
        KnownMessages known = new KnownMessages(1);
        for (int i = 0; i <= KnownMessages.DM_PAIRS_AT_FULL_MEMORY; i++) {
            known.rememberDirect(dm("m" + i, new KnownMessage.Between("p" + i, "q" + i)));
        }
        assertNull(known.find("m0"));
        assertNotNull(known.find("m1"));
        assertEquals(KnownMessages.DM_PAIRS_AT_FULL_MEMORY, known.size());
    }

    @Test
    void aDirectMemoryOfZeroKnowsNoDirectMessage() {
        KnownMessages known = new KnownMessages(0);
        known.rememberDirect(dm("a", ALICE_BOB));
        assertNull(known.find("a"));
    }

    @Test
    void aRoomMessageIsKnownWhileInItsBacklog() {
        KnownMessages known = new KnownMessages(200);
        RoomDirectory rooms = new RoomDirectory(10, 2, 1 << 20, Duration.ofHours(1), posted -> known.forget(posted.mid()));
        Room lobby = rooms.open("lobby", "lobby", 0);
        for (String mid : new String[] {"r1", "r2", "r3"}) {
            Room.Posted posted = new Room.Posted("alice", mid, new byte[10]);
            KnownMessage message = new KnownMessage(mid, new KnownMessage.InRoom(lobby, posted), null);
            known.rememberRoomMessage(message);
            rooms.post(lobby, posted);
            assertSame(message, known.find(mid));
        }
        assertNull(known.find("r1"), "the backlog keeps two");
        assertNotNull(known.find("r2"));
        assertNull(known.find(null));
    }
}
