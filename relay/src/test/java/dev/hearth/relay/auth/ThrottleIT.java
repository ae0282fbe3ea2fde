package dev.hearth.relay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed logins from one address: after {@code authFailures} within the window, {@code throttled} for the ban. */
class ThrottleIT {
    private static final String PASSWORD = "open sesame";
    private static final Duration BAN = Duration.ofSeconds(1);

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0).password(PASSWORD)
                .authFailures(3).authWindow(Duration.ofSeconds(10)).authBan(BAN);
    }

    /** One login attempt on a fresh connection; returns the first answer (fatal errors are checked for the close). */
    private static JsonNode attempt(int port, InetAddress from, String nick, String password) throws IOException {
        try (TestClient client = TestClient.connectFrom(from, port)) {
            client.request("type", "hello", "v", 1, "nick", nick, "password", password);
            JsonNode answer = client.next();
            if (answer.path("fatal").asBoolean(false)) {
                assertTrue(client.closedByRelay(), () -> "a fatal " + answer.path("code").asText() + " must close");
            }
            return answer;
        }
    }

    private static void failOnce(int port, InetAddress from) throws IOException {
        JsonNode answer = attempt(port, from, "mallory", "guess");
        assertEquals("auth-failed", answer.path("code").asText(), () -> "expected auth-failed, got " + answer);
        assertTrue(answer.path("fatal").asBoolean(false));
    }

    @Test
    void repeatedFailuresThrottleTheAddressEvenWithTheRightPasswordUntilTheBanEnds() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            long banned = System.nanoTime();

            JsonNode refused = attempt(relay.port(), null, "alice", PASSWORD);
            assertEquals("throttled", refused.path("code").asText(), () -> "expected throttled, got " + refused);
            assertTrue(refused.path("fatal").asBoolean(false), "throttled is fatal");

            // Wait for the ban to end, trying the right password now and then.
            long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
            while (true) {
                JsonNode answer = attempt(relay.port(), null, "alice", PASSWORD);
                if ("welcome".equals(answer.path("type").asText())) {
                    break;
                }
                assertEquals("throttled", answer.path("code").asText(), () -> "unexpected " + answer);
                if (System.nanoTime() > deadline) {
                    fail("still throttled long after the ban");
                }
                Thread.sleep(100);
            }
            long waited = (System.nanoTime() - banned) / 1_000_000;
            assertTrue(waited >= BAN.toMillis() - 100, () -> "the ban ended after only " + waited + " ms");
        }
    }

    @Test
    void throttlingIsPerAddress() throws Exception {
        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (Relay relay = TestTransport.startRelay(config().authBan(Duration.ofSeconds(30)).build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            assertEquals("throttled", attempt(relay.port(), null, "alice", PASSWORD).path("code").asText());
            assertEquals("welcome", attempt(relay.port(), other, "bob", PASSWORD).path("type").asText());
        }
    }

    @Test
    void fewerFailuresThanTheLimitDoNotThrottle() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            assertEquals("welcome", attempt(relay.port(), null, "alice", PASSWORD).path("type").asText());
        }
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() throws Exception {
        Duration window = Duration.ofMillis(250);
        try (Relay relay = TestTransport.startRelay(config().authWindow(window).build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            Thread.sleep(300); // lets the window pass; there is nothing to synchronise with
            failOnce(relay.port(), null);
            assertEquals("welcome", attempt(relay.port(), null, "alice", PASSWORD).path("type").asText());
        }
    }

    @Test
    void throttledIsAnsweredBeforeTheVersionCheck() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().authBan(Duration.ofSeconds(30)).build());
             TestClient client = TestClient.connect(relay.port())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            client.request("type", "hello", "v", 2, "nick", "alice", "password", PASSWORD);
            JsonNode error = client.expectError("throttled");
            assertTrue(error.path("fatal").asBoolean(false));
            assertTrue(client.closedByRelay());
        }
    }
}
