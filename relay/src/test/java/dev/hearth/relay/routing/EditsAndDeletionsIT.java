package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.TS;
import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Protocol 1.1 edits and deletions: only the author, everyone in the conversation told, the backlog's state. */
class EditsAndDeletionsIT {
    private static final Duration QUIET = Duration.ofMillis(200);

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0).ratePerSecond(1000).burst(1000);
    }

    private static String postInLobby(TestClient alice, TestClient bob, String text) {
        alice.say("lobby", text, null);
        String mid = alice.next("message").path("mid").asText();
        bob.next("message");
        return mid;
    }

    private static void lobbyOfTwo(TestClient alice, TestClient bob) {
        alice.login("alice");
        bob.login("bob");
        alice.join("lobby");
        bob.join("lobby");
        alice.next("presence");
    }

    @Test
    void theAuthorsEditReachesEveryoneAndTheBacklogShowsTheLatestText() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            lobbyOfTwo(alice, bob);
            carol.login("carol");
            String mid = postInLobby(alice, bob, "lunhc?");
            alice.request("type", "edit", "mid", mid, "text", "lunch?", "id", "e1");
            for (TestClient member : new TestClient[] {alice, bob}) {
                JsonNode edited = member.next();
                assertEquals("edited", edited.path("type").asText(), edited::toString);
                assertEquals("lobby", edited.path("room").asText());
                assertEquals(mid, edited.path("mid").asText());
                assertEquals("alice", edited.path("from").asText());
                assertEquals("lunch?", edited.path("text").asText());
                assertEquals("e1", edited.path("id").asText());
                assertTrue(edited.path("ts").asText().matches(TS));
            }
            carol.expectNothing(QUIET);

            bob.request("type", "edit", "mid", mid, "text", "mine now", "id", "b1");
            assertEquals("b1", bob.expectError("not-yours").path("id").asText());
            alice.request("type", "edit", "mid", mid, "text", "x".repeat(4001), "id", "e2");
            assertEquals("e2", alice.expectError("text-too-long").path("id").asText());
            alice.request("type", "edit", "mid", "nosuchmid", "text", "x", "id", "e3");
            assertEquals("e3", alice.expectError("no-such-message").path("id").asText());

            alice.request("type", "edit", "mid", mid, "text", "lunch at one?", "id", "e4");
            String lastEdit = alice.next("edited").path("ts").asText();
            carol.join("lobby");
            JsonNode backlog = carol.next("message");
            assertEquals("lunch at one?", backlog.path("text").asText());
            assertEquals(lastEdit, backlog.path("edited").asText());
            assertEquals(mid, backlog.path("mid").asText());
        }
    }

    @Test
    void aDeletionReachesEveryoneAndLeavesADeletedMessageWithoutTextInTheBacklog() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            lobbyOfTwo(alice, bob);
            carol.login("carol");
            String mid = postInLobby(alice, bob, "oops, my password is hunter2");
            bob.request("type", "react", "mid", mid, "emoji", "😮", "on", true);
            bob.next("reaction");
            alice.next("reaction");
            bob.request("type", "delete", "mid", mid, "id", "b1");
            assertEquals("b1", bob.expectError("not-yours").path("id").asText());

            alice.request("type", "delete", "mid", mid, "id", "d1");
            for (TestClient member : new TestClient[] {alice, bob}) {
                JsonNode deleted = member.next();
                assertEquals("deleted", deleted.path("type").asText(), deleted::toString);
                assertEquals("lobby", deleted.path("room").asText());
                assertEquals(mid, deleted.path("mid").asText());
                assertEquals("alice", deleted.path("from").asText());
                assertEquals("d1", deleted.path("id").asText());
                assertTrue(deleted.path("ts").asText().matches(TS));
            }
            carol.join("lobby");
            JsonNode backlog = carol.next("message");
            assertEquals(mid, backlog.path("mid").asText());
            assertTrue(backlog.path("deleted").asBoolean());
            assertFalse(backlog.has("text"), backlog::toString);
            assertFalse(backlog.has("reactions"), backlog::toString);
            assertFalse(backlog.toString().contains("hunter2"));
            alice.next("presence");
            bob.next("presence");

            alice.request("type", "delete", "mid", mid, "id", "d2");
            assertEquals("d2", alice.expectError("no-such-message").path("id").asText(), "deleting again");
            alice.request("type", "edit", "mid", mid, "text", "x", "id", "d3");
            alice.expectError("no-such-message");
            bob.request("type", "react", "mid", mid, "emoji", "👍", "on", true, "id", "d4");
            bob.expectError("no-such-message");
            bob.request("type", "say", "room", "lobby", "text", "x", "reply", mid, "id", "d5");
            bob.expectError("no-such-message");
            nothingElseQueued(alice);
            nothingElseQueued(bob);
            carol.expectNothing(QUIET);
        }
    }

    @Test
    void aDirectMessageIsEditedAndDeletedForBothPeople() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.dm("bob", "psst", "d1");
            String mid = alice.next("dm").path("mid").asText();
            bob.next("dm");
            alice.request("type", "edit", "mid", mid, "text", "psst!", "id", "e1");
            for (TestClient person : new TestClient[] {alice, bob}) {
                JsonNode edited = person.next("edited");
                assertFalse(edited.has("room"));
                assertEquals("psst!", edited.path("text").asText());
            }
            bob.request("type", "delete", "mid", mid, "id", "b1");
            bob.expectError("not-yours");
            alice.request("type", "delete", "mid", mid, "id", "x1");
            assertFalse(alice.next("deleted").has("room"));
            assertEquals(mid, bob.next("deleted").path("mid").asText());
        }
    }

    @Test
    void muteAndIgnoreHoldBackEditsAndDeletionsButTheAuthorHearsOfItsOwn() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            lobbyOfTwo(alice, bob);
            carol.login("carol");
            carol.join("lobby");
            alice.next("presence");
            bob.next("presence");
            String mid = postInLobby(alice, bob, "hello");
            carol.next("message");
            bob.request("type", "ignore", "nick", "alice", "on", true);
            bob.next("ignored");
            carol.request("type", "mute", "room", "lobby", "on", true);
            carol.next("muted");
            alice.request("type", "mute", "room", "lobby", "on", true);
            alice.next("muted");

            alice.request("type", "edit", "mid", mid, "text", "hello!", "id", "e1");
            assertEquals("e1", alice.next().path("id").asText(), "muted, the author still gets its answer");
            alice.request("type", "delete", "mid", mid, "id", "d1");
            assertEquals("deleted", alice.next().path("type").asText());
            bob.expectNothing(QUIET);
            carol.expectNothing(QUIET);
        }
    }

    @Test
    void anEditAndADeletionEachCostATokenOfTheMessageRate() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().ratePerSecond(1).burst(2).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            lobbyOfTwo(alice, bob);
            String mid = postInLobby(alice, bob, "one"); // the first token
            alice.request("type", "edit", "mid", mid, "text", "two", "id", "e1"); // the second
            alice.next("edited");
            alice.request("type", "delete", "mid", mid, "id", "d1");
            assertEquals("d1", alice.expectError("rate-limited").path("id").asText());
            alice.request("type", "edit", "mid", mid, "text", "three", "id", "e2");
            assertEquals("e2", alice.expectError("rate-limited").path("id").asText());
        }
    }

    @Test
    void aNewSessionWithTheAuthorsNickIsNotTheAuthor() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            lobbyOfTwo(alice, bob);
            String mid = postInLobby(alice, bob, "mine");
            alice.request("type", "bye");
            assertTrue(alice.closedByRelay());
            try (TestClient aliceAgain = TestClient.connect(relay.port())) {
                aliceAgain.login("alice");
                aliceAgain.join("lobby");
                aliceAgain.next("message");
                aliceAgain.request("type", "edit", "mid", mid, "text", "still mine?", "id", "e1");
                assertEquals("e1", aliceAgain.expectError("not-yours").path("id").asText());
                aliceAgain.request("type", "delete", "mid", mid, "id", "e2");
                aliceAgain.expectError("not-yours");
            }
        }
    }
}
