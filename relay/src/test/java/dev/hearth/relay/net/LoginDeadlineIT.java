package dev.hearth.relay.net;

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

/**
 * The login deadline: a connection that does not log in within {@code helloTimeout} is closed
 * without an envelope; every answered {@code hello} gives it a fresh deadline, a {@code ping} does not.
 */
class LoginDeadlineIT {
    private static final Duration HELLO_TIMEOUT = Duration.ofMillis(600);

    private static RelayConfig config() {
        return RelayConfig.builder().port(0).helloTimeout(HELLO_TIMEOUT).build();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void silentConnectionIsClosedAfterTheHelloTimeoutWithoutAnEnvelope() throws Exception {
        try (Relay relay = TestTransport.startRelay(config())) {
            long start = System.nanoTime(); // before connecting: the deadline runs from accept, through any TLS handshake
            try (TestClient client = TestClient.connect(relay.port())) {
                client.expectClosedWithoutEnvelope();
                long elapsed = millisSince(start);
                assertTrue(elapsed >= HELLO_TIMEOUT.toMillis() - 50, () -> "closed too early: after " + elapsed + " ms");
            }
        }
    }

    @Test
    void loggedInConnectionIsNotClosedByTheHelloTimeout() throws Exception {
        try (Relay relay = TestTransport.startRelay(config());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            long start = System.nanoTime();
            while (millisSince(start) < HELLO_TIMEOUT.toMillis() + 300) {
                client.expectNothing(Duration.ofMillis(150));
            }
            client.request("type", "ping", "id", "alive");
            assertEquals("alive", client.next().path("id").asText());
        }
    }

    @Test
    void nickTakenAnswerRestartsTheDeadline() throws Exception {
        try (Relay relay = TestTransport.startRelay(config());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            // Connected only now, so that alice's login does not eat into late's first deadline.
            try (TestClient late = TestClient.connect(relay.port())) {
                long connected = System.nanoTime();
                long answered = 0;
                // A taken nick every half deadline for three deadlines: each answer must buy another full one.
                while (millisSince(connected) < 3 * HELLO_TIMEOUT.toMillis()) {
                    late.expectNothing(HELLO_TIMEOUT.dividedBy(2));
                    late.request("type", "hello", "v", 1, "nick", "ALICE");
                    late.expectError("nick-taken");
                    answered = System.nanoTime();
                }
                late.request("type", "ping", "id", "still-open");
                assertEquals("still-open", late.next().path("id").asText());
                // The fresh deadline still applies: without a successful hello the connection is closed.
                late.expectClosedWithoutEnvelope();
                long sinceAnswer = millisSince(answered);
                assertTrue(sinceAnswer >= HELLO_TIMEOUT.toMillis() - 50,
                        () -> "closed " + sinceAnswer + " ms after nick-taken");
            }
        }
    }

    @Test
    void nickInvalidAnswerAlsoRestartsTheDeadlineAndALaterHelloSucceeds() throws Exception {
        try (Relay relay = TestTransport.startRelay(config());
             TestClient client = TestClient.connect(relay.port())) {
            long connected = System.nanoTime();
            while (millisSince(connected) < 2 * HELLO_TIMEOUT.toMillis()) {
                client.expectNothing(HELLO_TIMEOUT.dividedBy(2));
                client.request("type", "hello", "v", 1, "nick", "no spaces");
                client.expectError("nick-invalid");
            }
            assertEquals("welcome", client.login("alice").path("type").asText());
        }
    }

    @Test
    void pingBeforeLoginIsAnsweredWithoutCounterButDoesNotExtendTheDeadline() throws Exception {
        Duration timeout = Duration.ofMillis(1000);
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).helloTimeout(timeout).build())) {
            long start = System.nanoTime(); // before connecting: the deadline runs from accept, through any TLS handshake
            try (TestClient client = TestClient.connect(relay.port())) {
                while (millisSince(start) < 700) {
                    client.expectNothing(Duration.ofMillis(100));
                }
                client.request("type", "ping", "id", "p");
                JsonNode pong = client.next();
                assertEquals("pong", pong.path("type").asText());
                assertEquals("p", pong.path("id").asText());
                assertFalse(pong.has("n"), "no n before welcome");
                long pinged = millisSince(start);
                client.expectClosedWithoutEnvelope();
                long closed = millisSince(start);
                // Closed on the original deadline (~1000 ms), well before ping + timeout (>= 1700 ms).
                assertTrue(closed < pinged + timeout.toMillis() - 150,
                        () -> "pinged at " + pinged + " ms, closed at " + closed + " ms: the ping extended the deadline");
            }
        }
    }
}
