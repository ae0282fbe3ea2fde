package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Session resumption through real sockets: a dropped connection loses nothing, the session keeps
 * its nick and rooms during grace, and every way a resumption can fail frees what it should.
 */
class ResumptionIT {
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
    void resumptionReplaysExactlyWhatCameAfterLastThenContinuesLive() throws IOException {
        // Two connections per address: a reconnect is admitted only once the relay let go of the old one.
        start(config().maxConnectionsPerAddress(2));
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);
        for (int i = 1; i <= 3; i++) {
            bob.say("lobby", "before " + i, "b" + i);
            assertEquals("b" + i, bob.next("message").get("id").asText());
        }
        assertEquals("before 1", assertEnvelope(alice.next(), "message", 3).get("text").asText());
        assertEquals("before 2", assertEnvelope(alice.next(), "message", 4).get("text").asText());
        assertEquals("before 3", assertEnvelope(alice.next(), "message", 5).get("text").asText());
        alice.ack(4);

        alice.close();
        TestClient alice2 = reconnectOnceReleased();
        bob.say("lobby", "while away 1", "b4");
        assertEnvelope(bob.next(), "message", 5);
        bob.say("lobby", "while away 2", "b5");
        assertEnvelope(bob.next(), "message", 6);
        bob.dm("alice", "psst", "b6");
        assertEnvelope(bob.next(), "dm", 7);

        alice2.resume(token, 4);
        JsonNode welcome = alice2.next();
        assertEquals("welcome", welcome.path("type").asText(), welcome::toString);
        assertEquals("alice", welcome.get("nick").asText());
        assertEquals(token, welcome.get("session").asText());
        assertFalse(welcome.has("n"), "welcome carries no n");
        assertEquals("before 3", assertEnvelope(alice2.next(), "message", 5).get("text").asText());
        assertEquals("while away 1", assertEnvelope(alice2.next(), "message", 6).get("text").asText());
        assertEquals("while away 2", assertEnvelope(alice2.next(), "message", 7).get("text").asText());
        assertEquals("psst", assertEnvelope(alice2.next(), "dm", 8).get("text").asText());
        alice2.expectNothing(QUIET);

        bob.say("lobby", "live again", "b7");
        assertEquals("live again", assertEnvelope(alice2.next(), "message", 9).get("text").asText());
        alice2.send("{\"type\":\"ping\"}");
        assertEnvelope(alice2.next(), "pong", 10);
        assertEnvelope(bob.next(), "message", 8);
        bob.expectNothing(QUIET); // no presence at all: nobody saw alice leave or come back
    }

    @Test
    void nickStaysTakenAndMembershipKeptDuringGrace() throws IOException {
        start(config().maxConnectionsPerAddress(2));
        TestClient alice = connect();
        alice.login("alice");
        alice.join("lobby");
        alice.close();
        TestClient other = reconnectOnceReleased();

        other.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\"}");
        other.expectError("nick-taken");
        other.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"ALICE\"}");
        other.expectError("nick-taken");
        other.login("bob");
        other.send("{\"type\":\"who\",\"room\":\"lobby\"}");
        JsonNode who = other.next("who");
        assertEquals("[\"alice\"]", who.get("members").toString());
    }

    @Test
    void unknownTokenFailsAndTheConnectionStaysOpenForAFreshHello() throws IOException {
        start(config());
        TestClient client = connect();
        client.resume("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 0);
        JsonNode error = client.expectError("resume-failed");
        assertFalse(error.path("fatal").asBoolean(true), "resume-failed is not fatal");
        JsonNode welcome = client.login("carol");
        assertEquals("carol", welcome.get("nick").asText());
    }

    @Test
    void lastBeyondWhatWasSentFailsAndEndsTheSessionAtOnce() throws IOException {
        start(config().maxConnectionsPerAddress(2));
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);
        alice.close();
        TestClient alice2 = reconnectOnceReleased();

        alice2.resume(token, 3);
        alice2.expectError("resume-failed");
        assertLeave(bob.next(), "alice");
        assertNotEquals(token, alice2.login("alice").get("session").asText());
    }

    @Test
    void overflowedReplayBufferFailsResumptionAndFreesTheNickAtOnce() throws IOException {
        start(config().replayBytes(4096).maxConnectionsPerAddress(2));
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);
        alice.close();
        TestClient alice2 = reconnectOnceReleased();
        String text = "x".repeat(400);
        for (int i = 0; i < 20; i++) { // about 9 KiB for alice's 4 KiB buffer
            bob.say("lobby", text, "b" + i);
            bob.next("message");
        }

        alice2.resume(token, 2);
        alice2.expectError("resume-failed");
        assertLeave(bob.next(), "alice");
        assertEquals("alice", alice2.login("alice").get("nick").asText());
    }

    /**
     * The replay buffer may be filled to its bound without losing anything; its replay, behind the
     * welcome, must then reach the client rather than trip the outbound bound of the same size.
     */
    @Test
    void aReplayBufferFilledToItsBoundStillResumes() throws IOException {
        int bound = 16 * 1024;
        start(config().replayBytes(bound).outboxBytes(bound).maxFrame(bound).maxFile(0).maxText(2400).maxConnections(50)
                .maxConnectionsPerAddress(2));
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);
        alice.ack(2); // the buffer is empty now
        alice.close();
        TestClient alice2 = reconnectOnceReleased();

        // Fill alice's buffer to 16 bytes short of its bound, nothing dropped: each line's size is
        // known exactly from the echo bob got (same JSON, alice's n instead of his).
        int full = 900;
        List<String> texts = new ArrayList<>();
        long buffered = 0;
        JsonNode last = sayAndAwaitEcho(bob, "y".repeat(full), "f000");
        while (true) {
            texts.add(last.get("text").asText());
            buffered += lineLength(last, 2 + texts.size(), null, null, 0);
            long room = bound - 16 - buffered;
            String id = String.format("f%03d", texts.size());
            long overhead = lineLength(last, 3 + texts.size(), id, "", last.get("seq").asLong() + 1);
            if (room - overhead > 2 * (overhead + full)) {
                last = sayAndAwaitEcho(bob, "y".repeat(full), id);
            } else {
                last = sayAndAwaitEcho(bob, "y".repeat((int) (room - overhead)), id);
                texts.add(last.get("text").asText());
                buffered += lineLength(last, 2 + texts.size(), null, null, 0);
                break;
            }
        }
        assertEquals(bound - 16, buffered);

        alice2.resume(token, 2);
        assertEquals("welcome", alice2.next().path("type").asText());
        for (int i = 0; i < texts.size(); i++) {
            JsonNode message = assertEnvelope(alice2.next(), "message", 3 + i);
            assertEquals(texts.get(i), message.get("text").asText());
        }
        alice2.send("{\"type\":\"ping\"}");
        assertEnvelope(alice2.next(), "pong", 3 + texts.size());
    }

    private static JsonNode sayAndAwaitEcho(TestClient client, String text, String id) {
        client.say("lobby", text, id);
        JsonNode echo = client.next("message");
        assertEquals(id, echo.get("id").asText());
        return echo;
    }

    /**
     * The encoded size of {@code message} as a session receives it with counter {@code n}; with
     * {@code id}, {@code text} and {@code seq} given, the size of such a message yet to be sent.
     */
    private static long lineLength(JsonNode message, long n, String id, String text, long seq) {
        ObjectNode copy = message.deepCopy();
        if (id != null) {
            copy.put("seq", seq).put("text", text).put("id", id);
        }
        copy.put("n", n);
        return copy.toString().getBytes(StandardCharsets.UTF_8).length + 1;
    }

    @Test
    void graceExpiryAnnouncesLeaveFreesTheNickAndKillsTheToken() throws IOException {
        Duration grace = Duration.ofMillis(500);
        start(config().grace(grace));
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);
        long cut = System.nanoTime();
        alice.close();

        assertLeave(bob.next(), "alice");
        long waited = Duration.ofNanos(System.nanoTime() - cut).toMillis();
        assertTrue(waited >= grace.toMillis() - 10, () -> "leave came " + waited + " ms after the cut, before the grace period ended");
        TestClient alice2 = connect();
        alice2.resume(token, 2);
        alice2.expectError("resume-failed");
        assertEquals("alice", alice2.login("alice").get("nick").asText());
        bob.expectNothing(QUIET);
    }

    @Test
    void aFreshLoginOnAFullRelayEndsTheSessionLongestInItsGracePeriod() throws IOException {
        // The cap counts sessions in their grace period: each holds a nick and a replay buffer.
        start(config().maxConnections(4));
        TestClient watcher = connect();
        watcher.login("watcher");
        watcher.join("lobby");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String nick : List.of("alice", "bob", "carol")) {
            TestClient client = connect();
            tokens.put(nick, client.login(nick).get("session").asText());
            client.join("lobby");
            assertEquals(nick, watcher.next("presence").get("nick").asText());
            client.close();
        }

        TestClient dave = connect();
        assertEquals("welcome", dave.login("dave").path("type").asText(), "a full relay makes room for a newcomer");
        assertLeave(watcher.next("presence"), "alice");
        watcher.expectNothing(QUIET);
        TestClient alice = connect();
        alice.resume(tokens.get("alice"), 0);
        alice.expectError("resume-failed");
        alice.close();
        TestClient bob = connect();
        bob.resume(tokens.get("bob"), 0);
        assertEquals("bob", bob.next("welcome").get("nick").asText());
    }

    @Test
    void resumingWhileTheOldConnectionIsOpenTakesItOverAndClosesTheOldOne() throws IOException {
        start(config());
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);

        TestClient alice2 = connect();
        alice2.resume(token, 2);
        assertEquals("welcome", alice2.next().path("type").asText());
        alice2.expectNothing(QUIET);
        assertTrue(alice.closedByRelay(), "the old connection is closed");
        bob.say("lobby", "hello again", "b1");
        assertEquals("hello again", assertEnvelope(alice2.next(), "message", 3).get("text").asText());
        assertEnvelope(bob.next(), "message", 2);
        bob.expectNothing(QUIET);
    }

    /**
     * Alice takes her session over ten times from a new connection while bob's messages are on
     * their way, each time leaving unread envelopes behind on the old connection. Every message
     * still reaches her once, with no gap in n or seq.
     */
    @Test
    void takeoversDuringLiveTrafficLoseNothing() throws IOException {
        start(config().maxConnectionsPerAddress(4));
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        long lastN = assertEnvelope(alice.next(), "presence", 2).get("n").asLong();
        long lastSeq = 0;
        int rounds = 10;
        int perRound = 20;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < perRound; i++) {
                bob.say("lobby", "round " + round + " message " + i, null);
            }
            for (int i = 0; i < 5 + round; i++) { // read some, leave the rest unread
                JsonNode message = alice.next();
                assertEquals(++lastN, message.path("n").asLong(), message::toString);
                assertEquals(++lastSeq, message.path("seq").asLong(), message::toString);
            }
            TestClient next = connect();
            next.resume(token, lastN);
            assertEquals("welcome", next.next().path("type").asText());
            assertTrue(alice.closedByRelay(), "the old connection is closed");
            open.remove(alice);
            alice.close();
            alice = next;
        }
        while (lastSeq < (long) rounds * perRound) {
            JsonNode message = alice.next();
            assertEquals(++lastN, message.path("n").asLong(), message::toString);
            assertEquals(++lastSeq, message.path("seq").asLong(), message::toString);
        }
        alice.expectNothing(QUIET);
    }

    @Test
    void byeEndsTheSessionAndKillsTheToken() throws IOException {
        start(config());
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        assertEnvelope(alice.next(), "presence", 2);

        alice.send("{\"type\":\"bye\"}");
        assertTrue(alice.closedByRelay(), "bye closes the connection");
        assertLeave(bob.next(), "alice");
        TestClient alice2 = connect();
        alice2.resume(token, 2);
        alice2.expectError("resume-failed");
        assertEquals("alice", alice2.login("alice").get("nick").asText());
    }

    /**
     * Alice's connection is cut five times while she and bob talk in a room and by DM. Like a real
     * client she resumes each time and resends every say/dm whose echo she has not seen. In the
     * end both hold every message once, in seq order, and bob never got a second copy.
     */
    @Test
    void nothingIsLostAcrossRepeatedConnectionCuts() throws IOException {
        start(config());
        ResilientClient alice = new ResilientClient(relay.port(), "alice");
        open.add(alice);
        alice.join("lobby");
        TestClient bob = connect();
        bob.login("bob");
        bob.join("lobby");
        List<String> aliceSays = new ArrayList<>();
        List<String> aliceDms = new ArrayList<>();
        List<String> bobSays = new ArrayList<>();
        List<String> bobDms = new ArrayList<>();
        int cuts = 5;
        for (int round = 0; round <= cuts; round++) {
            for (int i = 0; i < 4; i++) {
                String id = "a" + round + "-" + i;
                String bid = "b" + round + "-" + i;
                if (i % 2 == 0) {
                    alice.say("lobby", "alice says " + id, id);
                    aliceSays.add(id);
                    bob.say("lobby", "bob says " + bid, bid);
                    bobSays.add(bid);
                } else {
                    alice.dm("bob", "alice whispers " + id, id);
                    aliceDms.add(id);
                    bob.dm("alice", "bob whispers " + bid, bid);
                    bobDms.add(bid);
                }
            }
            alice.processArrived();
            if (round < cuts) {
                alice.cutAndResume();
            }
        }
        Set<String> allSays = union(aliceSays, bobSays);
        alice.awaitEverything(allSays, union(aliceDms, bobDms));
        alice.expectNothing(QUIET);

        // Bob was never cut: everything reached him exactly once, room messages in seq order.
        List<JsonNode> bobMessages = new ArrayList<>();
        Map<String, JsonNode> bobDmsById = new LinkedHashMap<>();
        int expected = allSays.size() + aliceDms.size() + bobDms.size();
        while (bobMessages.size() + bobDmsById.size() < expected) {
            JsonNode node = bob.next();
            switch (node.path("type").asText()) {
                case "message" -> bobMessages.add(node);
                case "dm" -> {
                    if (bobDmsById.put(node.get("id").asText(), node) != null) {
                        fail("bob got a second copy of " + node);
                    }
                }
                default -> fail("bob did not expect " + node);
            }
        }
        bob.expectNothing(QUIET);
        assertSeqOrderedOnce(bobMessages, allSays);
        assertEquals(union(bobDms, aliceDms), bobDmsById.keySet());

        // Alice, after de-duplicating by seq and id like a real client, holds the same.
        assertSeqOrderedOnce(alice.roomMessagesBySeq(), allSays);
        assertEquals(union(aliceDms, bobDms), alice.dmIds());
        System.out.printf("nothing lost: %d cuts, %s%n", cuts, alice.stats());
    }

    private static void assertSeqOrderedOnce(List<JsonNode> messages, Set<String> ids) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            assertEquals(i + 1, messages.get(i).get("seq").asLong(), () -> "seq out of order or missing: " + messages);
            seen.add(messages.get(i).get("id").asText());
        }
        assertEquals(ids.size(), seen.size(), () -> "wrong count: " + seen);
        assertEquals(ids, Set.copyOf(seen));
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static JsonNode assertEnvelope(JsonNode node, String type, long n) {
        assertEquals(type, node.path("type").asText(), node::toString);
        assertEquals(n, node.path("n").asLong(-1), () -> "wrong n: " + node);
        return node;
    }

    private static void assertLeave(JsonNode node, String nick) {
        assertEquals("presence", node.path("type").asText(), node::toString);
        assertEquals("leave", node.path("event").asText(), node::toString);
        assertEquals(nick, node.path("nick").asText(), node::toString);
    }

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0).ratePerSecond(1000).burst(1000);
    }

    private void start(RelayConfig.Builder config) throws IOException {
        relay = TestTransport.startRelay(config.build());
    }

    private TestClient connect() throws IOException {
        TestClient client = TestClient.connect(relay.port());
        open.add(client);
        return client;
    }

    private TestClient reconnectOnceReleased() throws IOException {
        return Reconnects.onceReleased(relay.port(), open);
    }
}
