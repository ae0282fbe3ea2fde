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
import java.io.IOException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The connection caps: per remote address ({@code too-many-connections}) and in all ({@code relay-full}). */
class ConnectionLimitsIT {

    /** A refused connection hears why before any hello, then is closed. */
    private static void expectRefused(TestClient client, String code) {
        JsonNode error = client.expectError(code);
        assertTrue(error.path("fatal").asBoolean(false), () -> code + " must be fatal: " + error);
        assertFalse(error.has("n"), "no session, no n");
        assertTrue(client.closedByRelay(), () -> "a refused connection must be closed: " + code);
    }

    /**
     * Connects and logs in as {@code nick}, retrying while the relay still counts a connection
     * that was just closed (it learns of the close asynchronously).
     */
    private static TestClient admittedEventually(int port, String nick, String refusal) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            TestClient client = TestClient.connect(port);
            JsonNode answer;
            try {
                answer = client.hello(nick);
            } catch (IllegalStateException refusedBeforeWeWrote) {
                client.close();
                continue;
            }
            if ("welcome".equals(answer.path("type").asText())) {
                return client;
            }
            client.close();
            if (!TestClient.isEnd(answer)) {
                assertEquals(refusal, answer.path("code").asText(), () -> "unexpected " + answer);
            }
            Thread.sleep(50);
        }
        return fail("no connection admitted after one was closed");
    }

    @Test
    void connectionsOverThePerAddressCapAreRefusedWithTooManyConnections() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnectionsPerAddress(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port());
             TestClient third = TestClient.connect(relay.port())) {
            first.login("alice");
            second.login("bob");
            expectRefused(third, "too-many-connections");
            first.request("type", "ping", "id", "ok");
            assertEquals("ok", first.next().path("id").asText(), "admitted connections are unaffected");
        }
    }

    @Test
    void unloggedConnectionsCountTowardsTheCap() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnectionsPerAddress(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            // Neither logs in; prove both are admitted (they answer pings) before the third arrives.
            first.request("type", "ping", "id", "1");
            assertEquals("1", first.next().path("id").asText());
            second.request("type", "ping", "id", "2");
            assertEquals("2", second.next().path("id").asText());
            try (TestClient third = TestClient.connect(relay.port())) {
                expectRefused(third, "too-many-connections");
            }
        }
    }

    @Test
    void perAddressCapCountsEachAddressSeparately() throws Exception {
        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnectionsPerAddress(1).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient fromOther = TestClient.connectFrom(other, relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            first.login("alice");
            assertEquals("welcome", fromOther.login("bob").path("type").asText());
            expectRefused(second, "too-many-connections");
        }
    }

    @Test
    void connectionsOverTheTotalCapAreRefusedWithRelayFull() throws Exception {
        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnections(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connectFrom(other, relay.port());
             TestClient third = TestClient.connect(relay.port())) {
            first.login("alice");
            second.login("bob");
            expectRefused(third, "relay-full");
        }
    }

    @Test
    void closingAConnectionAdmitsANewOneUnderThePerAddressCap() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnectionsPerAddress(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            first.login("alice");
            second.login("bob");
            try (TestClient refused = TestClient.connect(relay.port())) {
                expectRefused(refused, "too-many-connections");
            }
            first.close();
            try (TestClient third = admittedEventually(relay.port(), "carol", "too-many-connections")) {
                assertEquals("carol", third.join("lobby").path("members").get(0).asText());
            }
        }
    }

    @Test
    void closingAConnectionAdmitsANewOneUnderTheTotalCap() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnections(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            first.login("alice");
            second.login("bob");
            try (TestClient refused = TestClient.connect(relay.port())) {
                expectRefused(refused, "relay-full");
            }
            second.request("type", "bye");
            assertTrue(second.closedByRelay());
            try (TestClient third = admittedEventually(relay.port(), "bob", "relay-full")) {
                assertEquals("bob", third.join("lobby").path("members").get(0).asText(), "bye freed the nick too");
            }
        }
    }
}
