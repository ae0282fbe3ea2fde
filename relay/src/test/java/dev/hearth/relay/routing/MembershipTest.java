package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.PresenceFeeds;
import dev.hearth.relay.session.RecentEchoes;
import dev.hearth.relay.session.ReplayBudget;
import dev.hearth.relay.session.ReplayBuffer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;
import dev.hearth.relay.session.TokenBucket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of who is in which room, mutes and ignores, checked through the one class that keeps them. */
class MembershipTest {
    private final PresenceFeeds feeds = new PresenceFeeds();
    private final Membership membership = new Membership(feeds);
    private final RelayState state = new RelayState(RelayConfig.builder().build());

    private static Session session(String nick) {
        return new Session("token-" + nick, nick, nick, new ReplayBuffer(1024), new RecentEchoes(1),
                new TokenBucket(1, 1, () -> 0), new ReplayBudget(1024));
    }

    private Room room(String name) {
        return ((RelayState.JoinOutcome.In) state.join(session("opener-" + name), name, name, 0)).room();
    }

    @Test
    void joiningTwiceAddsOnceAndLeavingRemovesFromBothSides() {
        Session alice = session("alice");
        Room lobby = room("lobby");
        assertTrue(membership.join(alice, lobby));
        assertFalse(membership.join(alice, lobby));
        assertEquals(List.of("alice"), membership.memberNicks(lobby));
        assertEquals(List.of(lobby), membership.roomsOf(alice));

        assertTrue(membership.leave(alice, lobby));
        assertFalse(membership.leave(alice, lobby));
        assertEquals(List.of(), membership.memberNicks(lobby));
        assertEquals(List.of(), membership.roomsOf(alice));
    }

    @Test
    void anAnnouncementReachesTheMembersOfItsMomentButTheOneItTellsOf() {
        Session alice = session("alice");
        Session bob = session("bob");
        Session carol = session("carol");
        Room lobby = room("lobby");
        membership.join(alice, lobby);
        membership.join(bob, lobby);
        SharedBody presence = SharedBody.of("{\"type\":\"presence\"}\n".getBytes(StandardCharsets.UTF_8));

        membership.announce(lobby, presence, bob);
        membership.join(carol, lobby);
        membership.leave(alice, lobby);
        assertEquals(1, alice.lastN(), "the leaver took it as it left");
        membership.announce(lobby, presence, null);
        feeds.serveWaiting();

        assertEquals(1, alice.lastN());
        assertEquals(1, bob.lastN(), "only the second, the first told of bob");
        assertEquals(1, carol.lastN(), "only the second, the first was before carol came");
        membership.end(bob);
        membership.end(carol);
        membership.announce(lobby, presence, null);
        feeds.serveWaiting();
        assertEquals(List.of(1L, 1L), List.of(bob.lastN(), carol.lastN()), "nobody is in the room to tell");
    }

    @Test
    void leavingARoomEndsItsMute() {
        Session alice = session("alice");
        Room lobby = room("lobby");
        membership.join(alice, lobby);
        membership.mute(alice, lobby, true);
        assertTrue(membership.muted(alice, lobby));
        membership.leave(alice, lobby);
        membership.join(alice, lobby);
        assertFalse(membership.muted(alice, lobby), "a mute does not outlive the membership");
    }

    @Test
    void onlyAMemberMutes() {
        assertThrows(IllegalStateException.class, () -> membership.mute(session("alice"), room("lobby"), true));
    }

    @Test
    void aRenameKeepsMemberListsInNickOrderAndIgnoresFollowThePerson() {
        Session alice = session("alice");
        Session bob = session("bob");
        Room lobby = room("lobby");
        Room dev = room("dev");
        for (Room r : List.of(lobby, dev)) {
            membership.join(alice, r);
            membership.join(bob, r);
        }
        membership.ignore(bob, "alice", true);

        alice.rename("zed", "zed");
        membership.renamed(alice, "alice");

        assertEquals(List.of("bob", "zed"), membership.memberNicks(lobby));
        assertEquals(List.of("bob", "zed"), membership.memberNicks(dev));
        assertTrue(membership.isMember(alice, lobby));
        assertTrue(membership.ignores(bob, "zed"));
        assertFalse(membership.ignores(bob, "alice"), "the old nick is free for someone else");
    }

    @Test
    void anEndedSessionIsInNoRoomMutesNothingAndIgnoresNoOne() {
        Session alice = session("alice");
        Room lobby = room("lobby");
        Room dev = room("dev");
        membership.join(alice, lobby);
        membership.join(alice, dev);
        membership.mute(alice, dev, true);
        membership.ignore(alice, "mallory", true);

        assertEquals(List.of(lobby, dev), membership.end(alice), "in the order it joined");
        assertEquals(0, membership.roomCount(alice));
        assertEquals(0, membership.memberCount(lobby));
        assertFalse(membership.muted(alice, dev));
        assertFalse(membership.ignores(alice, "mallory"));
    }

    @Test
    void whatItHandsOutCannotChangeIt() {
        Session alice = session("alice");
        Room lobby = room("lobby");
        membership.join(alice, lobby);
        assertThrows(UnsupportedOperationException.class, () -> membership.members(lobby).clear());
        assertThrows(UnsupportedOperationException.class, () -> membership.roomsOf(alice).clear());
        assertThrows(UnsupportedOperationException.class, () -> membership.memberNicks(lobby).clear());
    }

    @Test
    void relayStateCapsRoomsPerSessionAndInAll() {
        RelayState small = new RelayState(RelayConfig.builder().maxRoomsPerSession(2).maxRooms(3)
                .emptyRoomTtl(Duration.ofHours(1)).build());
        Session alice = session("alice");
        Session bob = session("bob");
        assertTrue(small.join(alice, "a", "a", 0) instanceof RelayState.JoinOutcome.In);
        assertTrue(small.join(alice, "b", "b", 0) instanceof RelayState.JoinOutcome.In);
        assertEquals(new RelayState.JoinOutcome.SessionFull(2), small.join(alice, "c", "c", 0));
        assertTrue(small.join(alice, "a", "a", 0) instanceof RelayState.JoinOutcome.In, "a room it is in is fine");
        assertTrue(small.join(bob, "c", "c", 0) instanceof RelayState.JoinOutcome.In);
        assertEquals(new RelayState.JoinOutcome.RelayFull(3), small.join(bob, "d", "d", 0));
        assertEquals(3, small.roomCount(), "a refused join leaves no room behind");
    }
}
