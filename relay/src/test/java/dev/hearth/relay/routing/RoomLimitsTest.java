package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The room limits through the router, on fake time: caps on rooms, the lifetime of an empty room's
 * backlog, and lists of rooms that stay within the frame limit however many rooms there are.
 */
class RoomLimitsTest {
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final AtomicLong nanos = new AtomicLong();
    private Router router;

    private void start(RelayConfig.Builder config) {
        router = new Router(config.port(0).build(), codec,
                Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC), nanos::get);
    }

    @Test
    void aJoinOverThePerSessionCapIsRefusedWithTooManyRooms() {
        start(RelayConfig.builder().maxRoomsPerSession(2));
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"a\"}");
        send(alice, "{\"type\":\"join\",\"room\":\"b\"}");
        alice.drain();
        send(alice, "{\"type\":\"join\",\"room\":\"c\",\"id\":\"j3\"}");
        JsonNode error = alice.last();
        assertEquals("too-many-rooms", error.get("code").asText());
        assertFalse(error.get("fatal").asBoolean());
        assertEquals("j3", error.get("id").asText());
    }

    @Test
    void aJoinThatWouldCreateARoomOverTheRelayCapIsRefusedUnlessAnEmptyRoomMakesWay() {
        start(RelayConfig.builder().maxRooms(2));
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"a\"}");
        send(alice, "{\"type\":\"join\",\"room\":\"b\"}");
        send(alice, "{\"type\":\"join\",\"room\":\"c\"}");
        assertEquals("too-many-rooms", alice.last().get("code").asText());

        send(alice, "{\"type\":\"say\",\"room\":\"a\",\"text\":\"bye\"}");
        send(alice, "{\"type\":\"leave\",\"room\":\"a\"}");
        send(alice, "{\"type\":\"join\",\"room\":\"c\"}");
        assertEquals("joined", alice.last().get("type").asText(), "the empty room made way");
    }

    /** The attack that filled the heap: join a new room, say 4,000 characters, leave; again and again. */
    @Test
    void roomChurnKeepsBacklogMemoryWithinTheBudget() {
        long budget = 1 << 20;
        start(RelayConfig.builder().backlogBudget(budget).ratePerSecond(1_000_000).burst(1_000_000));
        RecordingPeer mallory = login("mallory");
        String text = "\\u0001".repeat(4000);
        for (int i = 0; i < 2000; i++) {
            send(mallory, "{\"type\":\"join\",\"room\":\"r" + i + "\"}");
            send(mallory, "{\"type\":\"say\",\"room\":\"r" + i + "\",\"text\":\"" + text + "\"}");
            send(mallory, "{\"type\":\"leave\",\"room\":\"r" + i + "\"}");
            mallory.drain();
        }
        RelayState state = router.stateForTests();
        assertTrue(state.backlogBytes() <= budget, () -> state.backlogBytes() + " bytes of backlog");
        assertTrue(state.roomCount() <= 1024, () -> state.roomCount() + " rooms");
    }

    @Test
    void anEmptyRoomsBacklogLivesForItsLifetimeThenTheRoomIsGone() {
        start(RelayConfig.builder().emptyRoomTtl(Duration.ofHours(24)));
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"see you tomorrow\"}");
        send(alice, "{\"type\":\"leave\",\"room\":\"lobby\"}");

        nanos.addAndGet(Duration.ofHours(23).toNanos());
        router.housekeeping();
        RecordingPeer bob = login("bob");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        assertEquals(List.of("joined", "message"), types(bob.drain()), "the next day's first visitor reads it");
        send(bob, "{\"type\":\"leave\",\"room\":\"lobby\"}");

        nanos.addAndGet(Duration.ofHours(24).toNanos());
        router.housekeeping();
        RecordingPeer carol = login("carol");
        send(carol, "{\"type\":\"join\",\"room\":\"lobby\"}");
        assertEquals(List.of("joined"), types(carol.drain()), "a day after it emptied, the room is gone");
    }

    @Test
    void theWelcomeListsTheBusiestRoomsAndHowManyThereAreWithinTheFrameLimit() {
        start(RelayConfig.builder().maxRooms(5000).maxRoomsPerSession(5000));
        RecordingPeer mallory = login("mallory");
        for (int i = 0; i < 3000; i++) {
            send(mallory, "{\"type\":\"join\",\"room\":\"" + longName(i) + "\"}");
        }
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"popular\"}");
        RecordingPeer bob = login("bob");
        send(bob, "{\"type\":\"join\",\"room\":\"popular\"}");

        RecordingPeer newcomer = new RecordingPeer();
        byte[] line = "{\"type\":\"hello\",\"v\":1,\"password\":\"pw\",\"nick\":\"newcomer\"}".getBytes(StandardCharsets.UTF_8);
        router.onLine(newcomer, codec.decode(line));
        JsonNode welcome = newcomer.drain().getFirst();
        assertTrue(newcomer.lastLineBytes() <= 65_536, () -> "a welcome of " + newcomer.lastLineBytes() + " bytes");
        assertEquals(3001, welcome.get("roomCount").asInt());
        assertTrue(welcome.get("rooms").size() <= 50);
        assertEquals("popular", welcome.get("rooms").get(0).get("name").asText(), "busiest first");
        assertEquals(2, welcome.get("rooms").get(0).get("members").asInt());
    }

    @Test
    void everyRoomIsListedOnRequestInLinesWithinTheFrameLimit() {
        start(RelayConfig.builder().maxRooms(5000).maxRoomsPerSession(5000));
        RecordingPeer mallory = login("mallory");
        for (int i = 0; i < 3000; i++) {
            send(mallory, "{\"type\":\"join\",\"room\":\"" + longName(i) + "\"}");
        }
        mallory.drain();
        send(mallory, "{\"type\":\"rooms\",\"id\":\"all\"}");
        List<JsonNode> pages = mallory.drain();
        assertTrue(pages.size() > 1, "3,000 long names do not fit one line");
        assertTrue(mallory.longestLineBytes() <= 65_536, () -> "a line of " + mallory.longestLineBytes() + " bytes");
        Set<String> names = new HashSet<>();
        List<Boolean> more = new ArrayList<>();
        for (JsonNode page : pages) {
            assertEquals("rooms", page.get("type").asText());
            assertEquals("all", page.get("id").asText());
            page.get("rooms").forEach(r -> names.add(r.get("name").asText()));
            more.add(page.path("more").asBoolean(false));
        }
        assertEquals(3000, names.size());
        assertFalse(more.getLast(), "the last line has no more");
        assertTrue(more.subList(0, more.size() - 1).stream().allMatch(m -> m), "every other line says more");
    }

    /**
     * A member list can be as long as a line may be, so it goes out as an answer asked for in bulk,
     * outside the connection's bound for live lines: a member of a big room that asks who is in it
     * is not taken for a slow reader.
     */
    @Test
    void memberListsGoOutAsAnswersAskedForInBulk() {
        start(RelayConfig.builder());
        RecordingPeer alice = login("alice");
        RecordingPeer bob = login("bob");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"who\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"who\"}");
        send(alice, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\"}");

        assertEquals(List.of("joined", "who", "who", "message"), types(alice.drain()));
        assertEquals(List.of("joined", "who", "who"), alice.askedInBulk());
    }

    /** 32 code points of four UTF-8 bytes each, different for every i. */
    private static String longName(int i) {
        return "😀".repeat(28) + String.format("%04d", i);
    }

    private RecordingPeer login(String nick) {
        RecordingPeer peer = new RecordingPeer();
        send(peer, "{\"type\":\"hello\",\"v\":1,\"nick\":\"" + nick + "\"}");
        JsonNode welcome = peer.drain().getFirst();
        assertEquals("welcome", welcome.get("type").asText(), welcome::toString);
        return peer;
    }

    private void send(RecordingPeer peer, String json) {
        router.onLine(peer, codec.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> types(List<JsonNode> envelopes) {
        return envelopes.stream().map(e -> e.get("type").asText()).toList();
    }
}
