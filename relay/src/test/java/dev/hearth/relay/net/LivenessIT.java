package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ping/pong both ways, and the relay's idle ping and drop of a silent logged-in connection. */
class LivenessIT {
    private static final Duration IDLE_PING = Duration.ofMillis(200);
    private static final Duration IDLE_DROP = Duration.ofMillis(600);

    private static RelayConfig idleConfig() {
        return RelayConfig.builder().port(0).idlePing(IDLE_PING).idleDrop(IDLE_DROP).build();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void pingIsAnsweredWithPongCarryingTheIdAndCounter() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            client.request("type", "ping", "id", "p1");
            JsonNode pong = client.next();
            assertEquals("pong", pong.path("type").asText());
            assertEquals("p1", pong.path("id").asText());
            assertEquals(1, pong.path("n").asLong());
            client.request("type", "ping");
            JsonNode bare = client.next();
            assertEquals("pong", bare.path("type").asText());
            assertFalse(bare.has("id"));
            assertEquals(2, bare.path("n").asLong());
        }
    }

    @Test
    void unsolicitedPongIsIgnored() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            client.request("type", "pong", "id", "stray");
            client.expectNothing(Duration.ofMillis(200));
            client.request("type", "ping", "id", "p");
            assertEquals(1, client.next().path("n").asLong(), "the stray pong got no answer");
        }
    }

    @Test
    void relayPingsASilentClientAndDropsItAfterIdleDrop() throws Exception {
        try (Relay relay = TestTransport.startRelay(idleConfig());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            long silentSince = System.nanoTime();
            JsonNode ping = client.next();
            long pingedAfter = millisSince(silentSince);
            assertEquals("ping", ping.path("type").asText(), () -> "expected the relay's ping, got " + ping);
            assertEquals(1, ping.path("n").asLong(), "the relay's ping is numbered like everything after welcome");
            assertTrue(pingedAfter >= IDLE_PING.toMillis() - 50, () -> "pinged after only " + pingedAfter + " ms");
            client.expectClosedWithoutEnvelope();
            long droppedAfter = millisSince(silentSince);
            assertTrue(droppedAfter >= IDLE_DROP.toMillis() - 50, () -> "dropped after only " + droppedAfter + " ms");
        }
    }

    @Test
    void clientThatAnswersPingsStaysConnected() throws Exception {
        try (Relay relay = TestTransport.startRelay(idleConfig());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            long start = System.nanoTime();
            int pings = 0;
            while (millisSince(start) < 3 * IDLE_DROP.toMillis()) {
                JsonNode node = client.poll(Duration.ofMillis(50));
                if (node == null) {
                    continue;
                }
                if (TestClient.isEnd(node)) {
                    fail("dropped although it answered every ping (after " + pings + " pings)");
                }
                assertEquals("ping", node.path("type").asText(), () -> "unexpected " + node);
                pings++;
                client.request("type", "pong");
            }
            assertTrue(pings >= 2, "the relay pinged the silent client repeatedly: " + pings);
            client.request("type", "ping", "id", "alive");
            JsonNode pong = client.nextMatching(n -> "pong".equals(n.path("type").asText()), "pong");
            assertEquals("alive", pong.path("id").asText());
        }
    }

    @Test
    void anyLineCountsAsActivity() throws Exception {
        // Roomier idle times than the other tests: a loaded machine must not turn 80 ms into 400.
        RelayConfig config = RelayConfig.builder().port(0).idlePing(Duration.ofMillis(400)).idleDrop(Duration.ofMillis(800)).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            long start = System.nanoTime();
            int whos = 0;
            while (millisSince(start) < 1000) {
                client.request("type", "who");
                JsonNode who = client.next();
                assertEquals("who", who.path("type").asText(), () -> "a busy client is never pinged: " + who);
                whos++;
                client.expectNothing(Duration.ofMillis(80));
            }
            assertTrue(whos > 5);
        }
    }
}
