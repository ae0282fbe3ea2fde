package dev.hearth.relay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import dev.hearth.relay.time.FakeTime;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Failed logins: after {@code authFailures} from one network within the window, {@code throttled}
 * for the ban; past the relay-wide count, every network that failed is refused while networks
 * without failures may still try. On fake time: the bans end when the test says so.
 */
class ThrottleIT {
    private static final String PASSWORD = "open sesame";
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Duration BAN = Duration.ofSeconds(60);

    private final FakeTime time = new FakeTime();

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0).password(PASSWORD).authFailures(3).authWindow(WINDOW).authBan(BAN)
                .maxConnectionsPerNetwork(64).maxConnectionsPerAddress(64);
    }

    private Relay start(RelayConfig config) throws IOException {
        return TestTransport.startRelay(config, time.relayTime());
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

    private static String answerTo(int port, InetAddress from, String password) throws IOException {
        JsonNode answer = attempt(port, from, "n" + System.nanoTime(), password);
        return answer.path("type").asText().equals("welcome") ? "welcome" : answer.path("code").asText();
    }

    @Test
    void repeatedFailuresThrottleTheNetworkEvenWithTheRightPasswordUntilTheBanEnds() throws Exception {
        try (Relay relay = start(config().build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);

            JsonNode refused = attempt(relay.port(), null, "alice", PASSWORD);
            assertEquals("throttled", refused.path("code").asText(), () -> "expected throttled, got " + refused);
            assertTrue(refused.path("fatal").asBoolean(false), "throttled is fatal");

            time.advance(BAN.minusSeconds(1));
            assertEquals("throttled", answerTo(relay.port(), null, PASSWORD), "a second before the ban ends");
            time.advance(Duration.ofSeconds(1));
            assertEquals("welcome", answerTo(relay.port(), null, PASSWORD), "the ban is over");
        }
    }

    @Test
    void throttlingIsPerNetworkSoOtherAddressesOfItAreRefusedToo() throws Exception {
        InetAddress sameNetwork = InetAddress.getByName("127.0.0.2");
        InetAddress otherNetwork = InetAddress.getByName("127.0.1.2");
        try (Relay relay = start(config().build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            assertEquals("throttled", answerTo(relay.port(), null, PASSWORD));
            assertEquals("throttled", answerTo(relay.port(), sameNetwork, PASSWORD), "127.0.0.2 is in the same /24");
            assertEquals("welcome", answerTo(relay.port(), otherNetwork, PASSWORD));
        }
    }

    @Test
    void fewerFailuresThanTheLimitDoNotThrottle() throws Exception {
        try (Relay relay = start(config().build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            assertEquals("welcome", answerTo(relay.port(), null, PASSWORD));
        }
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() throws Exception {
        try (Relay relay = start(config().build())) {
            failOnce(relay.port(), null);
            failOnce(relay.port(), null);
            time.advance(WINDOW.plusSeconds(1));
            failOnce(relay.port(), null);
            assertEquals("welcome", answerTo(relay.port(), null, PASSWORD));
        }
    }

    @Test
    void throttledIsAnsweredBeforeTheVersionCheck() throws Exception {
        try (Relay relay = start(config().build());
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

    /**
     * Twenty networks guessing ten times each, as fast as they can: without a relay-wide limit
     * every guess is checked (each network stays under its own limit of 10). With it, once 30
     * guesses failed relay-wide, a network that failed gets {@code throttled} unchecked, while a
     * friend from a network with no failures still gets in with the right password.
     */
    @Test
    void guessesFromManyNetworksAreCappedRelayWideWhileAFriendStillGetsIn() throws Exception {
        int networks = 20;
        int guessesEach = 10;
        try (Relay relay = start(config().authFailures(10).authFailuresRelayWide(30).build())) {
            int checked = 0;
            for (int round = 0; round < guessesEach; round++) {
                for (int n = 1; n <= networks; n++) {
                    InetAddress from = InetAddress.getByName("127.0." + n + ".1");
                    String answer = answerTo(relay.port(), from, "guess " + round);
                    if (answer.equals("auth-failed")) {
                        checked++;
                    } else {
                        assertEquals("throttled", answer);
                    }
                }
            }
            int limit = 30 + networks;
            int seen = checked;
            assertTrue(checked <= limit, () -> seen + " of " + networks * guessesEach + " guesses were checked");
            assertEquals("welcome", answerTo(relay.port(), InetAddress.getByName("127.0.99.1"), PASSWORD),
                    "a friend from a network without failures gets in");
            assertEquals("throttled", answerTo(relay.port(), InetAddress.getByName("127.0.1.1"), PASSWORD),
                    "a network that failed waits until the attack has passed");
            time.advance(WINDOW.plusSeconds(1));
            assertEquals("welcome", answerTo(relay.port(), InetAddress.getByName("127.0.1.1"), PASSWORD),
                    "once the window has passed, the relay-wide count is over");
        }
    }
}
