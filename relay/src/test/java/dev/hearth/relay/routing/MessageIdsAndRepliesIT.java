package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Protocol 1.1: the features a welcome lists, message ids, replies and the direct-message memory. */
class MessageIdsAndRepliesIT {
    private static final Duration QUIET = Duration.ofMillis(200);
    private static final String MID = "[A-Za-z0-9_-]{1,32}";

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0).ratePerSecond(1000).burst(1000);
    }

    @Test
    void welcomeListsEveryFeature() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port())) {
            JsonNode welcome = alice.login("alice");
            assertEquals(List.of("mid", "reply", "react", "edit", "delete", "file"), RoomsIT.strings(welcome.path("features")));
        }
    }

    @Test
    void everyMessageAndDmCarriesOneMidInEveryCopyTheBacklogAndNoOtherMessageHasIt() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");
            Set<String> mids = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                alice.say("lobby", "hi " + i, "c" + i);
                String mid = alice.next("message").path("mid").asText();
                assertTrue(mid.matches(MID), mid);
                assertEquals(mid, bob.next("message").path("mid").asText());
                assertTrue(mids.add(mid), "a mid is never reused: " + mid);
            }
            alice.dm("bob", "psst", "d1");
            String dmMid = alice.next("dm").path("mid").asText();
            assertTrue(dmMid.matches(MID), dmMid);
            assertEquals(dmMid, bob.next("dm").path("mid").asText());
            assertTrue(mids.add(dmMid));

            carol.join("lobby");
            Set<String> backlog = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                backlog.add(carol.next("message").path("mid").asText());
            }
            mids.remove(dmMid);
            assertEquals(mids, backlog, "the backlog keeps each message's mid");
        }
    }

    @Test
    void twoStartsOfTheRelayNeverHandOutTheSameMid() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int start = 0; start < 2; start++) {
            try (Relay relay = TestTransport.startRelay(config().build());
                 TestClient alice = TestClient.connect(relay.port())) {
                alice.login("alice");
                alice.join("lobby");
                alice.say("lobby", "first", "c1");
                assertTrue(seen.add(alice.next("message").path("mid").asText()), "the first mid of a later start is new");
            }
        }
    }

    @Test
    void aReplyInTheSameRoomIsDeliveredWithItsReplyInEveryCopy() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");
            alice.say("lobby", "lunch?", "c1");
            String mid = alice.next("message").path("mid").asText();
            bob.next("message");
            bob.request("type", "say", "room", "lobby", "text", "yes", "reply", mid, "id", "b1");
            JsonNode echo = bob.next("message");
            assertEquals(mid, echo.path("reply").asText());
            assertEquals("b1", echo.path("id").asText());
            JsonNode copy = alice.next("message");
            assertEquals(mid, copy.path("reply").asText());
            assertEquals("b1", copy.path("id").asText());
            assertNotEquals(mid, copy.path("mid").asText());

            carol.join("lobby");
            carol.next("message");
            assertEquals(mid, carol.next("message").path("reply").asText(), "the backlog keeps the reply");
        }
    }

    @Test
    void aReplyToAnUnknownOrForeignMessageIsNoSuchMessageAndDeliversNothing() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().backlog(2).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            alice.join("kitchen");
            bob.join("lobby");
            alice.next("presence");
            alice.say("kitchen", "in the kitchen", "k1");
            String kitchen = alice.next("message").path("mid").asText();
            alice.say("lobby", "old", "o1");
            String old = alice.next("message").path("mid").asText();
            bob.next("message");
            bob.dm("alice", "a dm", "d1");
            String dm = bob.next("dm").path("mid").asText();
            alice.next("dm");

            bob.request("type", "say", "room", "lobby", "text", "x", "reply", "nosuchmid", "id", "r1");
            assertEquals("r1", bob.expectError("no-such-message").path("id").asText());
            bob.request("type", "say", "room", "lobby", "text", "x", "reply", kitchen, "id", "r2");
            assertEquals("r2", bob.expectError("no-such-message").path("id").asText(), "a room bob is not in");
            alice.request("type", "say", "room", "lobby", "text", "x", "reply", kitchen, "id", "r3");
            assertEquals("r3", alice.expectError("no-such-message").path("id").asText(), "another room");
            alice.request("type", "say", "room", "lobby", "text", "x", "reply", dm, "id", "r4");
            assertEquals("r4", alice.expectError("no-such-message").path("id").asText(), "a dm is not in a room");

            // The backlog keeps two: after two more, "old" is no longer known.
            alice.say("lobby", "new 1", "n1");
            alice.say("lobby", "new 2", "n2");
            alice.next("message");
            alice.next("message");
            bob.next("message");
            bob.next("message");
            bob.request("type", "say", "room", "lobby", "text", "x", "reply", old, "id", "r5");
            assertEquals("r5", bob.expectError("no-such-message").path("id").asText(), "out of the backlog");
            nothingElseQueued(alice);
            nothingElseQueued(bob);
        }
    }

    @Test
    void aDmMayReplyToADmOfTheSamePairOnlyWithinTheDmMemory() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().dmMemory(2).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            alice.dm("bob", "one", "d1");
            String one = alice.next("dm").path("mid").asText();
            bob.next("dm");
            bob.request("type", "dm", "to", "alice", "text", "re one", "reply", one, "id", "b1");
            JsonNode reply = bob.next("dm");
            assertEquals(one, reply.path("reply").asText(), "either person may reply, in either direction");
            assertEquals(one, alice.next("dm").path("reply").asText());
            String two = reply.path("mid").asText();

            carol.request("type", "dm", "to", "alice", "text", "x", "reply", one, "id", "c1");
            assertEquals("c1", carol.expectError("no-such-message").path("id").asText(), "not carol's conversation");
            alice.request("type", "dm", "to", "carol", "text", "x", "reply", one, "id", "a1");
            assertEquals("a1", alice.expectError("no-such-message").path("id").asText(), "another conversation of alice's");

            alice.dm("bob", "three", "d3"); // the pair's third: "one" leaves the memory of two
            alice.next("dm");
            bob.next("dm");
            bob.request("type", "dm", "to", "alice", "text", "x", "reply", one, "id", "b2");
            assertEquals("b2", bob.expectError("no-such-message").path("id").asText());
            bob.request("type", "dm", "to", "alice", "text", "re two", "reply", two, "id", "b3");
            assertEquals(two, bob.next("dm").path("reply").asText());
            carol.expectNothing(QUIET);
        }
    }

    @Test
    void aLaterSessionUnderTheSameNickStillSeesItsDirectConversation() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.dm("bob", "hello", "d1");
            String mid = alice.next("dm").path("mid").asText();
            bob.next("dm");
            bob.request("type", "bye");
            assertTrue(bob.closedByRelay());
            try (TestClient bobAgain = TestClient.connect(relay.port())) {
                bobAgain.login("BOB"); // the same nick by its key
                bobAgain.request("type", "react", "mid", mid, "emoji", "👍", "on", true, "id", "r1");
                JsonNode reaction = bobAgain.next("reaction");
                assertEquals("BOB", reaction.path("from").asText());
                assertFalse(reaction.has("room"));
                assertEquals(mid, alice.next("reaction").path("mid").asText());
            }
        }
    }
}
