package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.expectPresence;
import static dev.hearth.relay.routing.RoomsIT.fields;
import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code mute} of a room for one session, and {@code typing} in a room. */
class MuteAndTypingIT {
    private Relay relay;
    private TestClient alice;
    private TestClient bob;
    private TestClient carol;

    /** alice, bob and carol in "lobby"; bob also in "kitchen" with alice. */
    @BeforeEach
    void threeInTheLobby() throws Exception {
        relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
        alice = TestClient.connect(relay.port());
        bob = TestClient.connect(relay.port());
        carol = TestClient.connect(relay.port());
        alice.login("alice");
        bob.login("bob");
        carol.login("carol");
        // (TestClient.join skips whatever arrives before "joined", so the joins come first.)
        alice.join("lobby");
        alice.join("kitchen");
        bob.join("lobby");
        bob.join("kitchen");
        carol.join("lobby");
        expectPresence(alice, "lobby", "bob", "join");
        expectPresence(alice, "kitchen", "bob", "join");
        expectPresence(alice, "lobby", "carol", "join");
        expectPresence(bob, "lobby", "carol", "join");
    }

    @AfterEach
    void close() {
        carol.close();
        bob.close();
        alice.close();
        relay.close();
    }

    private static void say(TestClient from, String room, String text) {
        from.request("type", "say", "room", room, "text", text);
    }

    private static void expectText(TestClient client, String room, String text) {
        JsonNode m = client.next();
        assertEquals("message", m.path("type").asText(), () -> "expected \"" + text + "\", got " + m);
        assertEquals(room, m.path("room").asText());
        assertEquals(text, m.path("text").asText());
    }

    private static void mute(TestClient client, String room, boolean on) {
        client.request("type", "mute", "room", room, "on", on, "id", "m");
        JsonNode muted = client.next();
        assertEquals("muted", muted.path("type").asText(), () -> "expected muted, got " + muted);
        assertEquals(room, muted.path("room").asText());
        assertEquals(on, muted.path("on").asBoolean(!on));
        assertEquals("m", muted.path("id").asText());
        assertEquals(Set.of("type", "room", "on", "id", "n"), fields(muted));
    }

    @Test
    void muteStopsTheRoomsMessagesToThatSessionOnlyAndUnmuteRestoresThem() {
        mute(bob, "lobby", true);
        say(alice, "lobby", "while muted");
        expectText(alice, "lobby", "while muted");
        expectText(carol, "lobby", "while muted");
        say(alice, "kitchen", "other room");
        expectText(alice, "kitchen", "other room");
        expectText(bob, "kitchen", "other room");   // the lobby message never came first
        nothingElseQueued(bob);

        mute(bob, "lobby", false);
        say(alice, "lobby", "after unmute");
        expectText(alice, "lobby", "after unmute");
        expectText(carol, "lobby", "after unmute");
        expectText(bob, "lobby", "after unmute");
    }

    @Test
    void theSenderAlwaysGetsItsOwnEchoEvenInAMutedRoom() {
        mute(bob, "lobby", true);
        bob.request("type", "say", "room", "lobby", "text", "I can still talk", "id", "b1");
        JsonNode echo = bob.next();
        assertEquals("message", echo.path("type").asText());
        assertEquals("b1", echo.path("id").asText());
        expectText(alice, "lobby", "I can still talk");
        expectText(carol, "lobby", "I can still talk");
    }

    @Test
    void presenceAndTypingStillArriveWhileMuted() throws Exception {
        mute(bob, "lobby", true);
        alice.request("type", "typing", "room", "lobby", "on", true);
        JsonNode typing = bob.next();
        assertEquals("typing", typing.path("type").asText(), () -> "typing still arrives: " + typing);
        try (TestClient dave = TestClient.connect(relay.port())) {
            dave.login("dave");
            dave.join("lobby");
            expectPresence(bob, "lobby", "dave", "join");
        }
    }

    @Test
    void leavingForgetsTheMuteAndAReJoinWhileMutedSendsNoBacklog() {
        say(alice, "lobby", "old news");
        expectText(alice, "lobby", "old news");
        expectText(bob, "lobby", "old news");
        expectText(carol, "lobby", "old news");
        mute(bob, "lobby", true);
        JsonNode rejoined = bob.join("lobby");
        assertEquals("lobby", rejoined.path("room").asText());
        nothingElseQueued(bob);     // no backlog while muted

        bob.request("type", "leave", "room", "lobby");
        assertEquals("left", bob.next().path("type").asText());
        bob.join("lobby");
        expectText(bob, "lobby", "old news");   // backlog again: the mute was forgotten
        say(alice, "lobby", "fresh");
        expectText(bob, "lobby", "fresh");
    }

    @Test
    void muteNeedsOn() {
        bob.request("type", "mute", "room", "lobby", "id", "no-on");
        assertEquals("no-on", bob.expectError("bad-request").path("id").asText());
    }

    @Test
    void typingReachesTheOtherMembersButNotTheSender() {
        alice.request("type", "typing", "room", "lobby", "on", true, "id", "t1");
        for (TestClient member : new TestClient[] {bob, carol}) {
            JsonNode typing = member.next();
            assertEquals("typing", typing.path("type").asText(), () -> "expected typing, got " + typing);
            assertEquals("lobby", typing.path("room").asText());
            assertEquals("alice", typing.path("from").asText());
            assertTrue(typing.path("on").isBoolean() && typing.path("on").asBoolean());
            assertFalse(typing.has("to"));
            assertEquals(Set.of("type", "room", "from", "on", "n"), fields(typing), () -> typing.toString());
        }
        nothingElseQueued(alice);
        alice.request("type", "typing", "room", "lobby", "on", false);
        assertFalse(bob.next().path("on").asBoolean(true));
        assertFalse(carol.next().path("on").asBoolean(true));
        nothingElseQueued(alice);
    }

    @Test
    void typingNeedsOnAndExactlyOneOfRoomOrTo() {
        alice.request("type", "typing", "room", "lobby", "id", "no-on");
        assertEquals("no-on", alice.expectError("bad-request").path("id").asText());
        alice.request("type", "typing", "room", "lobby", "to", "bob", "on", true, "id", "both");
        assertEquals("both", alice.expectError("bad-request").path("id").asText());
        alice.request("type", "typing", "on", true, "id", "neither");
        assertEquals("neither", alice.expectError("bad-request").path("id").asText());
        nothingElseQueued(bob);
    }
}
