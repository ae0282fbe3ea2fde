package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SmokeIT {
    @Test
    void twoClientsTalkInARoom() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\",\"id\":\"c1\"}");
            JsonNode echo = alice.next("message");
            JsonNode got = bob.next("message");
            assertEquals("hi", got.get("text").asText());
            assertEquals(echo.get("seq"), got.get("seq"));
            assertEquals("c1", got.get("id").asText());
        }
    }
}
