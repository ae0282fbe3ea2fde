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
import org.junit.jupiter.api.Test;

/** {@code bye}: the session ends at once, its rooms hear {@code leave}, the nick is free. */
class ByeIT {
    private static final String TS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void byeTellsEveryRoomClosesTheConnectionAndFreesTheNickAtOnce() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient again = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            alice.join("kitchen");
            bob.join("lobby");
            bob.join("kitchen");
            assertEquals("join", alice.next().path("event").asText());
            assertEquals("join", alice.next().path("event").asText());

            bob.request("type", "bye", "id", "b");
            assertTrue(bob.closedByRelay(), "the relay closes the connection after bye");
            List<String> rooms = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonNode leave = alice.next();
                assertEquals("presence", leave.path("type").asText(), () -> "expected presence leave, got " + leave);
                assertEquals("leave", leave.path("event").asText());
                assertEquals("bob", leave.path("nick").asText());
                assertTrue(leave.path("ts").asText().matches(TS), () -> leave.toString());
                rooms.add(leave.path("room").asText());
            }
            assertEquals(List.of("kitchen", "lobby"), rooms.stream().sorted().toList());

            assertEquals("bob", again.login("bob").path("nick").asText(), "the nick is free immediately");
            alice.request("type", "who", "room", "lobby");
            JsonNode who = alice.next();
            assertEquals(1, who.path("members").size(), () -> "the old session is no member: " + who);
            assertEquals("alice", who.path("members").get(0).asText());
        }
    }

    @Test
    void byeOfTheLastMemberWithoutBacklogRemovesTheRoom() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("attic");
            alice.request("type", "bye");
            assertTrue(alice.closedByRelay());
            JsonNode welcome = bob.login("bob");
            assertEquals(0, welcome.path("rooms").size(), () -> "an empty room without backlog is gone: " + welcome);
        }
    }

    @Test
    void byeSendsNothingBackAndANewSessionStartsAfresh() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient again = TestClient.connect(relay.port())) {
            JsonNode first = alice.login("alice");
            alice.join("lobby");
            alice.request("type", "bye");
            alice.expectClosedWithoutEnvelope();
            JsonNode second = again.login("alice");
            assertFalse(first.path("session").asText().equals(second.path("session").asText()), "a new token");
            again.request("type", "ping");
            assertEquals(1, again.next().path("n").asLong(), "a new session counts from 1 again");
            again.request("type", "who", "room", "lobby");
            JsonNode who = again.next();
            assertEquals(0, who.path("members").size(), () -> "the new session is in no room: " + who);
            again.expectNothing(Duration.ofMillis(100));
        }
    }
}
