package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Room membership: join, leave, who, room names. */
class RoomsIT {
    static final String TS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final Duration QUIET = Duration.ofMillis(200);

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Set<String> fields(JsonNode node) {
        Set<String> out = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static void expectPresence(TestClient client, String room, String nick, String event) {
        JsonNode p = client.next();
        assertEquals("presence", p.path("type").asText(), () -> "expected presence " + event + " of " + nick + ", got " + p);
        assertEquals(room, p.path("room").asText(), () -> p.toString());
        assertEquals(nick, p.path("nick").asText(), () -> p.toString());
        assertEquals(event, p.path("event").asText(), () -> p.toString());
        assertTrue(p.path("ts").asText().matches(TS), () -> "presence needs a ts: " + p);
        assertFalse(p.has("id"), () -> "presence answers no request: " + p);
        assertFalse(p.has("from"), () -> "only a rename has from: " + p);
    }

    /** The connection has nothing else queued: a ping is answered next. */
    static void nothingElseQueued(TestClient client) {
        client.request("type", "ping", "id", "sync");
        JsonNode pong = client.next();
        assertEquals("pong", pong.path("type").asText(), () -> "unexpected " + pong);
        assertEquals("sync", pong.path("id").asText());
    }

    @Test
    void joinAnswersJoinedWithSortedMembersAndTellsTheOthers() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient carol = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient alice = TestClient.connect(relay.port())) {
            carol.login("carol");
            bob.login("Bob");
            alice.login("alice");

            carol.request("type", "join", "room", "lobby", "id", "j1");
            JsonNode first = carol.next();
            assertEquals("joined", first.path("type").asText());
            assertEquals("lobby", first.path("room").asText());
            assertEquals(List.of("carol"), strings(first.path("members")));
            assertEquals("j1", first.path("id").asText());

            JsonNode second = bob.join("lobby");
            assertEquals(List.of("Bob", "carol"), strings(second.path("members")), "sorted by uniqueness key");
            expectPresence(carol, "lobby", "Bob", "join");

            JsonNode third = alice.join("lobby");
            assertEquals(Set.of("type", "room", "members", "n"), fields(third));
            assertEquals(List.of("alice", "Bob", "carol"), strings(third.path("members")));
            expectPresence(carol, "lobby", "alice", "join");
            expectPresence(bob, "lobby", "alice", "join");
            nothingElseQueued(alice);
            nothingElseQueued(bob);
            nothingElseQueued(carol);
        }
    }

    @Test
    void joiningTwiceAnswersJoinedAgainWithTheBacklogAndNoPresence() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            alice.request("type", "say", "room", "lobby", "text", "one");
            alice.next("message");
            bob.next("message");

            JsonNode again = bob.join("LOBBY");
            assertEquals("lobby", again.path("room").asText());
            assertEquals(List.of("alice", "bob"), strings(again.path("members")));
            JsonNode backlog = bob.next();
            assertEquals("message", backlog.path("type").asText());
            assertEquals("one", backlog.path("text").asText());
            nothingElseQueued(bob);
            nothingElseQueued(alice);
        }
    }

    @Test
    void roomNamesAreCaseInsensitiveAndKeepTheCreatorsSpelling() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            assertEquals("Lobby", alice.join("Lobby").path("room").asText());
            JsonNode joined = bob.join("lobby");
            assertEquals("Lobby", joined.path("room").asText(), "the creator's spelling");
            assertEquals(List.of("alice", "bob"), strings(joined.path("members")));
            expectPresence(alice, "Lobby", "bob", "join");

            bob.request("type", "say", "room", "LOBBY", "text", "hi");
            assertEquals("Lobby", bob.next().path("room").asText());
            assertEquals("Lobby", alice.next().path("room").asText());
            alice.request("type", "who", "room", "lObBy");
            JsonNode who = alice.next();
            assertEquals("Lobby", who.path("room").asText());
            assertEquals(List.of("alice", "bob"), strings(who.path("members")));
            bob.request("type", "leave", "room", "LoBBY", "id", "l");
            JsonNode left = bob.next();
            assertEquals("left", left.path("type").asText());
            assertEquals("Lobby", left.path("room").asText());
            expectPresence(alice, "Lobby", "bob", "leave");
        }
    }

    @Test
    void nonLatinRoomNamesWork() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            assertEquals("客厅", alice.join("客厅").path("room").asText());
            assertEquals("ΣΟΦΊΑ", bob.join("ΣΟΦΊΑ").path("room").asText());
            assertEquals("ΣΟΦΊΑ", alice.join("σοφία").path("room").asText(), "case folding beyond ASCII");
            expectPresence(bob, "ΣΟΦΊΑ", "alice", "join");
            String longest = "r".repeat(32);
            assertEquals(longest, alice.join(longest).path("room").asText());
        }
    }

    @Test
    void invalidRoomNamesAreRoomInvalidAndAMissingRoomIsBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            for (String bad : List.of("", "two words", "#general", "@lobby", "/lobby", "r".repeat(33),
                    "zero\u200Bwidth", "tab\tbed", "\u202Egnp")) {
                alice.request("type", "join", "room", bad, "id", "j");
                JsonNode error = alice.expectError("room-invalid");
                assertEquals("j", error.path("id").asText());
                assertFalse(error.path("fatal").asBoolean(true));
            }
            for (String type : List.of("leave", "who", "mute", "typing", "say")) {
                alice.request("type", type, "room", "#lobby", "text", "hi", "on", true, "id", type);
                assertEquals(type, alice.expectError("room-invalid").path("id").asText(), type);
            }
            for (String type : List.of("join", "leave", "mute", "say")) {
                alice.request("type", type, "text", "hi", "on", true, "id", type);
                assertEquals(type, alice.expectError("bad-request").path("id").asText(), type);
            }
            alice.request("type", "who", "id", "w");
            assertEquals("who", alice.next().path("type").asText(), "who without room is the relay-wide who");
        }
    }

    @Test
    void leaveAnswersLeftTellsTheOthersAndStopsTheRoomsTraffic() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");

            alice.request("type", "leave", "room", "lobby", "id", "bye-lobby");
            JsonNode left = alice.next();
            assertEquals("left", left.path("type").asText());
            assertEquals("lobby", left.path("room").asText());
            assertEquals("bye-lobby", left.path("id").asText());
            expectPresence(bob, "lobby", "alice", "leave");

            bob.request("type", "say", "room", "lobby", "text", "still here?");
            bob.next("message");
            alice.expectNothing(QUIET);
            alice.request("type", "say", "room", "lobby", "text", "hello?", "id", "s");
            assertEquals("s", alice.expectError("not-in-room").path("id").asText());
            alice.request("type", "leave", "room", "lobby", "id", "again");
            assertEquals("again", alice.expectError("not-in-room").path("id").asText());
        }
    }

    @Test
    void requestsForARoomYouAreNotInAreNotInRoom() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            bob.join("kitchen");
            for (String room : List.of("kitchen", "nowhere")) {
                alice.request("type", "say", "room", room, "text", "hi", "id", "s");
                assertEquals("s", alice.expectError("not-in-room").path("id").asText());
                alice.request("type", "leave", "room", room, "id", "l");
                assertEquals("l", alice.expectError("not-in-room").path("id").asText());
                alice.request("type", "mute", "room", room, "on", true, "id", "m");
                assertEquals("m", alice.expectError("not-in-room").path("id").asText());
                alice.request("type", "typing", "room", room, "on", true, "id", "t");
                assertEquals("t", alice.expectError("not-in-room").path("id").asText());
            }
            bob.expectNothing(QUIET);
        }
    }

    @Test
    void whoListsARoomsMembersOrWithoutRoomEveryNickOnTheRelay() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient zed = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            zed.login("Zed");
            bob.login("bob");
            alice.join("lobby");
            zed.join("lobby");

            bob.request("type", "who", "room", "lobby", "id", "w1");
            JsonNode room = bob.next();
            assertEquals(Set.of("type", "room", "members", "id", "n"), fields(room));
            assertEquals("lobby", room.path("room").asText());
            assertEquals(List.of("alice", "Zed"), strings(room.path("members")), "non-members may ask too");

            bob.request("type", "who", "id", "w2");
            JsonNode all = bob.next();
            assertEquals("who", all.path("type").asText());
            assertFalse(all.has("room"), () -> "the relay-wide answer has no room: " + all);
            assertEquals(List.of("alice", "bob", "Zed"), strings(all.path("members")), "sorted by uniqueness key");
            assertEquals("w2", all.path("id").asText());

            bob.request("type", "who", "room", "void");
            JsonNode none = bob.next();
            assertEquals("void", none.path("room").asText());
            assertTrue(none.path("members").isArray());
            assertEquals(0, none.path("members").size());
        }
    }

    @Test
    void roomWithNeitherMembersNorBacklogIsGone() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().backlog(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("Attic");
            alice.request("type", "say", "room", "Attic", "text", "echo");
            alice.next("message");
            alice.request("type", "leave", "room", "Attic");
            alice.next("left");
            assertEquals(0, bob.login("bob").path("rooms").size());
            // A later creator sets the spelling afresh.
            assertEquals("ATTIC", bob.join("ATTIC").path("room").asText());
        }
    }
}
