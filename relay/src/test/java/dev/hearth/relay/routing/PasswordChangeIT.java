package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A new password shows everyone who came in with the old one the door, and only them. */
class PasswordChangeIT {

    private static RelayConfig config(String password) {
        return RelayConfig.builder().port(0).password(password).build();
    }

    @Test
    void everyoneLoggedInGetsAuthFailedAndTheOldPasswordNoLongerOpens() throws Exception {
        try (Relay relay = TestTransport.startRelay(config("old"));
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient late = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port());
             TestClient again = TestClient.connect(relay.port())) {
            alice.login("alice", "old");
            bob.login("bob", "old");
            alice.join("lobby");
            bob.join("lobby");

            relay.changePassword("new");

            for (TestClient shownOut : new TestClient[] {alice, bob}) {
                JsonNode error = shownOut.next("error");
                assertEquals("auth-failed", error.path("code").asText(), error::toString);
                assertTrue(error.path("fatal").asBoolean(false), error::toString);
                assertTrue(shownOut.closedByRelay(), "the relay closes the connection after auth-failed");
            }
            late.request("type", "hello", "v", 1, "nick", "alice", "password", "old");
            assertEquals("auth-failed", late.next().path("code").asText());
            JsonNode welcome = carol.login("alice", "new");
            assertEquals("alice", welcome.path("nick").asText(), "alice's nick is free again at once");
            assertTrue(again.login("bob", "new").path("session").isTextual());
        }
    }

    @Test
    void aSessionWaitingInItsGracePeriodEndsTooSoItsTokenCannotComeBack() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).password("old")
                .grace(Duration.ofMinutes(5)).build());
             TestClient newcomer = TestClient.connect(relay.port());
             TestClient resumer = TestClient.connect(relay.port())) {
            String token;
            try (TestClient dropped = TestClient.connect(relay.port())) {
                token = dropped.login("dora", "old").path("session").asText();
            }

            relay.changePassword("new");

            assertEquals("dora", newcomer.login("dora", "new").path("nick").asText(), "dora's nick was freed");
            resumer.send("{\"type\":\"hello\",\"v\":1,\"resume\":\"" + token + "\",\"last\":0,\"password\":\"new\"}");
            assertEquals("resume-failed", resumer.next().path("code").asText());
        }
    }

    @Test
    void theSamePasswordAgainChangesNothing() throws Exception {
        try (Relay relay = TestTransport.startRelay(config("same"));
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice", "same");

            relay.changePassword("same");

            alice.request("type", "ping", "id", "p1");
            JsonNode pong = alice.next();
            assertEquals("pong", pong.path("type").asText(), "still logged in: " + pong);
        }
    }
}
