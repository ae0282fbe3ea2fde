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
        if (nick == null) {
            return admittedEventually(port, refusal);
        }
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

    /** Connects, retrying while the relay still counts a connection that was just closed; answers a ping. */
    private static TestClient admittedEventually(int port, String refusal) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            TestClient client = TestClient.connect(port);
            client.request("type", "ping", "id", "in?");
            JsonNode answer = client.next();
            if ("pong".equals(answer.path("type").asText())) {
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
    void loginsOverTheSessionCapAreRefusedWithRelayFull() throws Exception {
        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnections(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connectFrom(other, relay.port());
             TestClient third = TestClient.connect(relay.port())) {
            first.login("alice");
            second.login("bob");
            third.request("type", "hello", "v", 1, "nick", "carol");
            expectRefusedLogin(third, "relay-full");
        }
    }

    /** A refused login is fatal; it comes after the hello, so it carries no n either. */
    private static void expectRefusedLogin(TestClient client, String code) {
        JsonNode error = client.expectError(code);
        assertTrue(error.path("fatal").asBoolean(false), () -> code + " must be fatal: " + error);
        assertFalse(error.has("n"), "no session, no n");
        assertTrue(client.closedByRelay(), () -> "a refused login must be closed: " + code);
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
    void aByeFreesItsPlaceUnderTheSessionCap() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnections(2).build());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            first.login("alice");
            second.login("bob");
            try (TestClient refused = TestClient.connect(relay.port())) {
                refused.request("type", "hello", "v", 1, "nick", "carol");
                expectRefusedLogin(refused, "relay-full");
            }
            second.request("type", "bye");
            assertTrue(second.closedByRelay());
            try (TestClient third = TestClient.connect(relay.port())) {
                assertEquals("welcome", third.login("bob").path("type").asText(), "bye freed the place and the nick");
                assertEquals("bob", third.join("lobby").path("members").get(0).asText());
            }
        }
    }

    @Test
    void aFullRelayStillLetsADroppedSessionResume() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxConnections(1).build());
             TestClient first = TestClient.connect(relay.port())) {
            String token = first.login("alice").path("session").asText();
            first.close();
            try (TestClient again = admittedEventually(relay.port(), null, "too-many-connections")) {
                again.resume(token, 0);
                assertEquals("welcome", again.next("welcome").path("type").asText());
            }
        }
    }

    @Test
    void connectionsOverThePerNetworkCapAreRefusedFromAnyAddressOfIt() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).maxConnectionsPerAddress(8).maxConnectionsPerNetwork(3).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient a = TestClient.connectFrom(InetAddress.getByName("127.0.0.2"), relay.port());
             TestClient b = TestClient.connectFrom(InetAddress.getByName("127.0.0.3"), relay.port());
             TestClient c = TestClient.connectFrom(InetAddress.getByName("127.0.0.4"), relay.port());
             TestClient d = TestClient.connectFrom(InetAddress.getByName("127.0.0.5"), relay.port());
             TestClient elsewhere = TestClient.connectFrom(InetAddress.getByName("127.0.1.2"), relay.port())) {
            a.login("a");
            b.login("b");
            c.login("c");
            expectRefused(d, "too-many-connections");
            assertEquals("welcome", elsewhere.login("e").path("type").asText(), "another /24 is another network");
        }
    }
}
