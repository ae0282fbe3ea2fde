package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A say or dm resent with the same id is answered with its original echo and delivered to nobody else. */
class ResendDedupIT {
    private static final Duration QUIET = Duration.ofMillis(300);

    private final List<AutoCloseable> open = new ArrayList<>();
    private Relay relay;

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        if (relay != null) {
            relay.shutdown();
        }
    }

    @Test
    void resentSayGetsTheOriginalEchoWithANewNAndReachesNobodyElse() throws IOException {
        start(RelayConfig.builder());
        TestClient alice = loggedIn("alice");
        alice.join("lobby");
        TestClient bob = loggedIn("bob");
        bob.join("lobby");
        alice.next("presence");

        alice.say("lobby", "only once", "c1");
        JsonNode echo = alice.next("message");
        assertEquals(echo.get("seq"), bob.next("message").get("seq"));
        alice.say("lobby", "only once", "c1");
        JsonNode again = alice.next();

        assertSameDelivery(echo, again);
        assertEquals(echo.get("seq"), again.get("seq"));
        assertEquals(echo.get("n").asLong() + 1, again.get("n").asLong(), "the repeat is a new envelope for the sender");
        bob.expectNothing(QUIET);
        alice.say("lobby", "next one", "c2");
        assertEquals(echo.get("seq").asLong() + 1, alice.next().get("seq").asLong(), "the repeat took no seq");
        assertEquals("c2", bob.next().get("id").asText());
    }

    @Test
    void resentDmGetsTheOriginalEchoWithANewNAndReachesNobodyElse() throws IOException {
        start(RelayConfig.builder());
        TestClient alice = loggedIn("alice");
        TestClient bob = loggedIn("bob");

        alice.dm("bob", "just between us", "d1");
        JsonNode echo = alice.next();
        assertEquals("dm", echo.path("type").asText(), echo::toString);
        assertSameDelivery(echo, bob.next());
        alice.dm("bob", "just between us", "d1");
        JsonNode again = alice.next();

        assertSameDelivery(echo, again);
        assertEquals(echo.get("n").asLong() + 1, again.get("n").asLong());
        bob.expectNothing(QUIET);
    }

    @Test
    void resendAfterResumptionIsAnsweredWithTheOriginalEcho() throws IOException {
        start(RelayConfig.builder());
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = loggedIn("bob");
        bob.join("lobby");
        long beforeSay = alice.next("presence").get("n").asLong();

        alice.say("lobby", "did this arrive?", "c1");
        JsonNode delivered = bob.next("message");
        alice.close(); // cut before alice processed her echo
        TestClient alice2 = connect();
        alice2.resume(token, beforeSay);
        assertEquals("welcome", alice2.next().path("type").asText());
        alice2.say("lobby", "did this arrive?", "c1"); // she never saw the echo, so she resends
        JsonNode replayed = alice2.next();
        JsonNode answered = alice2.next();

        assertSameDelivery(delivered, replayed);
        assertSameDelivery(delivered, answered);
        assertEquals(beforeSay + 1, replayed.get("n").asLong());
        assertEquals(beforeSay + 2, answered.get("n").asLong());
        bob.expectNothing(QUIET);
    }

    @Test
    void theSameIdFromAnotherSessionIsANewMessage() throws IOException {
        start(RelayConfig.builder());
        TestClient alice = loggedIn("alice");
        alice.join("lobby");
        TestClient bob = loggedIn("bob");
        bob.join("lobby");
        alice.next("presence");

        alice.say("lobby", "from alice", "c1");
        JsonNode first = alice.next("message");
        bob.next("message");
        bob.say("lobby", "from bob", "c1");

        JsonNode second = alice.next("message");
        assertEquals("from bob", second.get("text").asText());
        assertEquals(first.get("seq").asLong() + 1, second.get("seq").asLong());
    }

    @Test
    void resendsSpendNoRateTokens() throws IOException {
        // A burst of 3 with the slowest refill: the test takes far less than the second one token needs.
        start(RelayConfig.builder().ratePerSecond(1).burst(3));
        TestClient alice = loggedIn("alice");
        alice.join("lobby");
        TestClient bob = loggedIn("bob");

        alice.say("lobby", "one", "c1");
        JsonNode echo = alice.next("message");
        for (int i = 0; i < 10; i++) {
            alice.say("lobby", "one", "c1");
            assertSameDelivery(echo, alice.next());
        }
        alice.dm("bob", "two", "d2");
        JsonNode dm = alice.next();
        assertEquals("dm", dm.path("type").asText(), dm::toString);
        for (int i = 0; i < 10; i++) {
            alice.dm("bob", "two", "d2");
            assertSameDelivery(dm, alice.next());
        }
        alice.say("lobby", "three", "c3");
        assertEquals("c3", alice.next().path("id").asText());
        alice.say("lobby", "four", "c4");
        assertEquals("c4", alice.expectError("rate-limited").path("id").asText());
        bob.next("dm");
        bob.expectNothing(QUIET);
    }

    /** Same envelope as delivered the first time, apart from the per-connection {@code n}. */
    private static void assertSameDelivery(JsonNode original, JsonNode repeat) {
        JsonNode a = original.deepCopy();
        JsonNode b = repeat.deepCopy();
        ((ObjectNode) a).remove("n");
        ((ObjectNode) b).remove("n");
        assertEquals(a, b);
    }

    private void start(RelayConfig.Builder config) throws IOException {
        relay = TestTransport.startRelay(config.bind(InetAddress.getLoopbackAddress()).port(0).build());
    }

    private TestClient connect() throws IOException {
        TestClient client = TestClient.connect(relay.port());
        open.add(client);
        return client;
    }

    private TestClient loggedIn(String nick) throws IOException {
        TestClient client = connect();
        client.login(nick);
        return client;
    }
}
