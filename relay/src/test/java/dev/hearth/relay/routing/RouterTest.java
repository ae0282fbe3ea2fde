package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Routing decisions without sockets: the router talks to recording peers. */
class RouterTest {
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final AtomicLong nanos = new AtomicLong();
    private final Router router = new Router(
            RelayConfig.builder().port(0).password("pw").backlog(3).grace(Duration.ofSeconds(120)).build(),
            codec, Clock.fixed(Instant.parse("2026-11-22T13:00:00.123456Z"), ZoneOffset.UTC), nanos::get);

    @Test
    void numbersEveryEnvelopeAfterWelcomeFromOne() {
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"ping\",\"id\":\"p\"}");
        List<JsonNode> got = alice.drain();
        assertEquals(List.of("joined", "pong"), types(got));
        assertEquals(1, got.get(0).get("n").asLong());
        assertEquals(2, got.get(1).get("n").asLong());
        assertEquals("p", got.get(1).get("id").asText());
    }

    @Test
    void deliversRoomMessageToEveryMemberOnceWithTheSendersId() {
        RecordingPeer alice = login("alice");
        RecordingPeer bob = login("bob");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(bob, "{\"type\":\"join\",\"room\":\"Lobby\"}");
        router.servePresence(); // alice hears of bob
        alice.drain();
        bob.drain();
        send(alice, "{\"type\":\"say\",\"room\":\"LOBBY\",\"text\":\"hi\",\"id\":\"c1\"}");
        for (RecordingPeer peer : List.of(alice, bob)) {
            List<JsonNode> got = peer.drain();
            assertEquals(1, got.size());
            JsonNode message = got.getFirst();
            assertEquals("message", message.get("type").asText());
            assertEquals("lobby", message.get("room").asText());
            assertEquals(1, message.get("seq").asLong());
            assertEquals("2026-11-22T13:00:00.123Z", message.get("ts").asText());
            assertEquals("alice", message.get("from").asText());
            assertEquals("c1", message.get("id").asText());
        }
    }

    @Test
    void joinerGetsTheLatestBacklogOldestFirst() {
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        for (int i = 1; i <= 5; i++) {
            send(alice, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"m" + i + "\"}");
        }
        RecordingPeer bob = login("bob");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        List<JsonNode> got = bob.drain();
        assertEquals(List.of("joined", "message", "message", "message"), types(got));
        assertEquals(List.of("m3", "m4", "m5"), got.subList(1, 4).stream().map(m -> m.get("text").asText()).toList());
        assertEquals(List.of("alice", "bob"), List.of(got.getFirst().get("members").get(0).asText(),
                got.getFirst().get("members").get(1).asText()));
    }

    @Test
    void answersAResentIdWithTheOriginalEchoAndDeliversNothingNew() {
        RecordingPeer alice = login("alice");
        RecordingPeer bob = login("bob");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"once\",\"id\":\"c7\"}");
        JsonNode original = alice.last();
        bob.drain();
        send(alice, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"once\",\"id\":\"c7\"}");
        JsonNode again = alice.last();
        assertEquals(original.get("seq"), again.get("seq"));
        assertEquals(original.get("ts"), again.get("ts"));
        assertTrue(again.get("n").asLong() > original.get("n").asLong());
        assertEquals(List.of(), bob.drain());
    }

    @Test
    void resumptionReplaysEverythingAfterLastThenContinuesLive() {
        RecordingPeer alice = login("alice");
        String token = welcomeToken;
        RecordingPeer bob = login("bob");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        router.servePresence();
        router.onClosed(alice); // n=1 joined, n=2 presence were sent
        send(bob, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"while away\"}");
        RecordingPeer again = new RecordingPeer();
        send(again, "{\"type\":\"hello\",\"v\":1,\"password\":\"pw\",\"resume\":\"" + token + "\",\"last\":1}");
        List<JsonNode> got = again.drain();
        assertEquals(List.of("welcome", "presence", "message"), types(got));
        assertNull(got.getFirst().get("n"));
        assertEquals(List.of(2L, 3L), List.of(got.get(1).get("n").asLong(), got.get(2).get("n").asLong()));
        send(bob, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"live\"}");
        assertEquals(4, again.last().get("n").asLong());
    }

    @Test
    void graceExpiryTellsTheRoomAndFreesTheNick() {
        RecordingPeer alice = login("alice");
        RecordingPeer bob = login("bob");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        bob.drain();
        router.onClosed(alice);
        nanos.addAndGet(Duration.ofSeconds(119).toNanos());
        router.housekeeping();
        router.servePresence();
        assertEquals(List.of(), bob.drain(), "no leave during the grace period");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        router.housekeeping();
        router.servePresence();
        JsonNode leave = bob.drain().getFirst();
        assertEquals("presence", leave.get("type").asText());
        assertEquals("leave", leave.get("event").asText());
        assertEquals("alice", leave.get("nick").asText());
        login("alice");
    }

    @Test
    void aSessionGoneAgainAfterResumingWaitsFromItsLatestDeparture() {
        RecordingPeer alice = login("alice");
        String token = welcomeToken;
        RecordingPeer bob = login("bob");
        RecordingPeer carol = login("carol");
        for (RecordingPeer peer : List.of(alice, bob, carol)) {
            send(peer, "{\"type\":\"join\",\"room\":\"lobby\"}");
        }
        router.servePresence();
        bob.drain();
        router.onClosed(alice);
        nanos.addAndGet(Duration.ofSeconds(60).toNanos());
        router.onClosed(carol); // gone after alice, back before her
        nanos.addAndGet(Duration.ofSeconds(50).toNanos());
        RecordingPeer aliceAgain = new RecordingPeer();
        send(aliceAgain, "{\"type\":\"hello\",\"v\":1,\"password\":\"pw\",\"resume\":\"" + token + "\",\"last\":0}");
        assertEquals("welcome", aliceAgain.drain().getFirst().get("type").asText());
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        router.onClosed(aliceAgain);

        nanos.addAndGet(Duration.ofSeconds(61).toNanos()); // carol gone 121 s, alice 61 s (181 s since her first)
        router.housekeeping();
        router.servePresence();
        assertEquals(List.of("carol"), leavers(bob.drain()), "only carol's grace is over");

        nanos.addAndGet(Duration.ofSeconds(60).toNanos());
        router.housekeeping();
        router.servePresence();
        assertEquals(List.of("alice"), leavers(bob.drain()), "alice's second grace period ran from her second departure");
    }

    @Test
    void nickTakenByALookAlikeKeepsTheConnectionAndRestartsTheLoginDeadline() {
        login("alice");
        RecordingPeer impostor = new RecordingPeer();
        send(impostor, "{\"type\":\"hello\",\"v\":1,\"password\":\"pw\",\"nick\":\"\u0430lice\",\"id\":\"h\"}");
        JsonNode error = impostor.last();
        assertEquals("nick-taken", error.get("code").asText());
        assertFalse(error.get("fatal").asBoolean());
        assertEquals("h", error.get("id").asText());
        assertFalse(impostor.closed());
        assertEquals(1, impostor.loginDeadlineRestarts());
    }

    @Test
    void wrongPasswordIsFatal() {
        RecordingPeer peer = new RecordingPeer();
        send(peer, "{\"type\":\"hello\",\"v\":1,\"password\":\"nope\",\"nick\":\"eve\"}");
        assertEquals("auth-failed", peer.last().get("code").asText());
        assertTrue(peer.last().get("fatal").asBoolean());
        assertTrue(peer.closed());
    }

    @Test
    void shutdownTellsEveryPeerAndEndsEverySession() {
        RecordingPeer alice = login("alice");
        RecordingPeer stranger = new RecordingPeer();
        router.shutdown(List.of(alice, stranger));
        for (RecordingPeer peer : List.of(alice, stranger)) {
            assertEquals("shutting-down", peer.last().get("code").asText());
            assertTrue(peer.closed());
        }
        assertTrue(alice.last().has("n"), "a logged-in peer's envelopes are numbered");
        assertFalse(stranger.last().has("n"));
    }

    private String welcomeToken;

    private RecordingPeer login(String nick) {
        RecordingPeer peer = new RecordingPeer();
        send(peer, "{\"type\":\"hello\",\"v\":1,\"password\":\"pw\",\"nick\":\"" + nick + "\"}");
        JsonNode welcome = peer.drain().getFirst();
        assertEquals("welcome", welcome.get("type").asText(), welcome::toString);
        welcomeToken = welcome.get("session").asText();
        return peer;
    }

    private void send(RecordingPeer peer, String json) {
        router.onLine(peer, codec.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> leavers(List<JsonNode> envelopes) {
        return envelopes.stream().filter(e -> "leave".equals(e.path("event").asText())).map(e -> e.get("nick").asText()).toList();
    }

    private static List<String> types(List<JsonNode> envelopes) {
        return envelopes.stream().map(e -> e.get("type").asText()).toList();
    }
}
