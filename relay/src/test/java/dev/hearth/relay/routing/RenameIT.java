package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.TS;
import static dev.hearth.relay.routing.RoomsIT.expectPresence;
import static dev.hearth.relay.routing.RoomsIT.fields;
import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
import static dev.hearth.relay.routing.RoomsIT.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code nick}: renaming a live session. */
class RenameIT {

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0);
    }

    private static JsonNode expectRename(TestClient client, String room, String from, String to) {
        JsonNode p = client.next();
        assertEquals("presence", p.path("type").asText(), () -> "expected presence rename, got " + p);
        assertEquals("rename", p.path("event").asText(), () -> p.toString());
        assertEquals(room, p.path("room").asText(), () -> p.toString());
        assertEquals(to, p.path("nick").asText(), () -> p.toString());
        assertEquals(from, p.path("from").asText(), () -> p.toString());
        assertTrue(p.path("ts").asText().matches(TS), () -> p.toString());
        return p;
    }

    @Test
    void renameConfirmsToTheRenamerAndTellsMembersOfSharedRoomsOncePerRoom() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port());
             TestClient dave = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            dave.login("dave");
            alice.join("kitchen");
            alice.join("lobby");
            bob.join("kitchen");
            bob.join("lobby");
            carol.join("lobby");
            dave.join("attic");
            expectPresence(alice, "kitchen", "bob", "join");
            expectPresence(alice, "lobby", "bob", "join");
            expectPresence(alice, "lobby", "carol", "join");
            expectPresence(bob, "lobby", "carol", "join");

            alice.request("type", "nick", "nick", "alicia", "id", "r1");
            JsonNode confirmed = alice.next();
            assertEquals("nick", confirmed.path("type").asText(), () -> "expected nick, got " + confirmed);
            assertEquals("alicia", confirmed.path("nick").asText());
            assertEquals("alice", confirmed.path("from").asText());
            assertEquals("r1", confirmed.path("id").asText());
            assertEquals(Set.of("type", "nick", "from", "id", "n"), fields(confirmed));
            nothingElseQueued(alice);

            JsonNode first = bob.next();
            JsonNode second = bob.next();
            List<String> rooms = List.of(first.path("room").asText(), second.path("room").asText())
                    .stream().sorted().toList();
            assertEquals(List.of("kitchen", "lobby"), rooms, "one presence per shared room");
            for (JsonNode p : List.of(first, second)) {
                assertEquals("rename", p.path("event").asText());
                assertEquals("alicia", p.path("nick").asText());
                assertEquals("alice", p.path("from").asText());
                assertTrue(p.path("ts").asText().matches(TS));
            }
            expectRename(carol, "lobby", "alice", "alicia");
            nothingElseQueued(bob);
            nothingElseQueued(carol);
            nothingElseQueued(dave);
        }
    }

    @Test
    void afterARenameTheOldNickIsFreeAndTheNewOneIsUsedEverywhere() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient newcomer = TestClient.connect(relay.port());
             TestClient copycat = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            alice.request("type", "nick", "nick", "alicia");
            alice.next("nick");
            expectRename(bob, "lobby", "alice", "alicia");

            assertEquals("alice", newcomer.login("alice").path("nick").asText(), "the old nick is free");
            assertEquals("nick-taken", copycat.hello("ALICIA").path("code").asText(), "the new nick is taken");

            alice.request("type", "say", "room", "lobby", "text", "it's me");
            assertEquals("alicia", alice.next().path("from").asText());
            assertEquals("alicia", bob.next().path("from").asText());
            bob.request("type", "who", "room", "lobby");
            assertEquals(List.of("alicia", "bob"), strings(bob.next().path("members")));
            bob.request("type", "dm", "to", "alicia", "text", "hi");
            bob.next("dm");
            JsonNode dm = alice.next();
            assertEquals("alicia", dm.path("to").asText());
            bob.request("type", "dm", "to", "alice", "text", "and you?");
            bob.next("dm");
            assertEquals("and you?", newcomer.next().path("text").asText(), "alice is now someone else");
        }
    }

    @Test
    void renameToATakenOrLookAlikeNickIsNickTakenAndChangesNothing() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            for (String taken : List.of("bob", "BOB", "b\u043Eb")) {
                alice.request("type", "nick", "nick", taken, "id", "t");
                JsonNode error = alice.expectError("nick-taken");
                assertEquals("t", error.path("id").asText());
                assertFalse(error.path("fatal").asBoolean(true));
            }
            nothingElseQueued(bob);
            alice.request("type", "who");
            assertEquals(List.of("alice", "bob"), strings(alice.next().path("members")));
        }
    }

    @Test
    void renameToAnInvalidNickIsNickInvalidAndAMissingNickIsBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            for (String invalid : List.of("", "a b", "@alice", "x".repeat(33), "zw\u200Bj")) {
                alice.request("type", "nick", "nick", invalid, "id", "i");
                JsonNode error = alice.expectError("nick-invalid");
                assertEquals("i", error.path("id").asText());
                assertFalse(error.path("fatal").asBoolean(true));
            }
            alice.request("type", "nick", "id", "missing");
            assertEquals("missing", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "nick", "nick", "alice2", "id", "ok");
            assertEquals("alice2", alice.next().path("nick").asText(), "the connection is fine");
        }
    }

    @Test
    void renamingToAnotherSpellingOfYourOwnNickIsAllowed() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            alice.request("type", "nick", "nick", "Alice");
            JsonNode confirmed = alice.next();
            assertEquals("nick", confirmed.path("type").asText(), () -> "expected nick, got " + confirmed);
            assertEquals("Alice", confirmed.path("nick").asText());
            assertEquals("alice", confirmed.path("from").asText());
            expectRename(bob, "lobby", "alice", "Alice");
        }
    }

    @Test
    void anIgnoreFollowsTheIgnoredSessionThroughARename() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient bob = TestClient.connect(relay.port());
             TestClient mallory = TestClient.connect(relay.port())) {
            bob.login("bob");
            mallory.login("mallory");
            bob.request("type", "ignore", "nick", "mallory", "on", true);
            bob.next("ignored");
            mallory.request("type", "nick", "nick", "innocent");
            mallory.next("nick");
            mallory.request("type", "dm", "to", "bob", "text", "it's a new me");
            mallory.next("dm");
            nothingElseQueued(bob);
        }
    }
}
