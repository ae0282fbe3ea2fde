package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How a fetch's chunks are queued, without sockets: only while the reader says it has room, the
 * rest when it says so again, and chat for the reader goes out at once, ahead of what waits.
 */
class FetchesTest {
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final Router router = new Router(RelayConfig.builder().port(0).build(), codec,
            Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC), new AtomicLong()::get);

    @Test
    void chunksWaitForRoomAndChatGoesAheadOfThem() {
        TestFile file = TestFile.random("f.bin", "application/octet-stream", 3 * TestFile.CHUNK, 5);
        RecordingPeer alice = login("alice");
        RecordingPeer bob = login("bob");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(bob, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"file-offer\",\"room\":\"lobby\",\"name\":\"f.bin\",\"mime\":\"application/octet-stream\","
                + "\"size\":" + file.bytes().length + ",\"sha256\":\"" + file.sha256() + "\",\"id\":\"c1\"}");
        String blob = alice.last().path("blob").asText();
        for (int i = 0; i < file.chunkCount(); i++) {
            send(alice, "{\"type\":\"chunk\",\"blob\":\"" + blob + "\",\"i\":" + i + ",\"data\":\"" + file.chunk(i) + "\"}");
        }
        bob.drain();

        bob.bulkRoom(false);
        send(bob, "{\"type\":\"fetch\",\"blob\":\"" + blob + "\",\"from\":0,\"max\":1048576,\"id\":\"f1\"}");
        assertEquals(List.of(), types(bob.drain()), "no room: nothing queued yet");
        send(alice, "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"meanwhile\"}");
        assertEquals(List.of("message"), types(bob.drain()), "chat does not wait behind the window");

        bob.bulkRoom(true);
        router.onRoomForBulk(bob);
        List<JsonNode> rest = bob.drain();
        assertEquals(List.of("chunk", "chunk", "chunk", "fetched"), types(rest));
        assertEquals(List.of(0L, 1L, 2L), rest.subList(0, 3).stream().map(c -> c.path("i").asLong()).toList());
        assertEquals("f1", rest.get(3).path("id").asText());
        assertEquals(true, rest.get(3).path("next").isMissingNode());
    }

    @Test
    void aReaderOutOfStepWithMoreThanSixteenWindowsWaitingIsRefusedTheNext() {
        TestFile file = TestFile.random("f.bin", "application/octet-stream", 10, 6);
        RecordingPeer alice = login("alice");
        send(alice, "{\"type\":\"join\",\"room\":\"lobby\"}");
        send(alice, "{\"type\":\"file-offer\",\"room\":\"lobby\",\"name\":\"f.bin\",\"mime\":\"text/plain\",\"size\":10,"
                + "\"sha256\":\"" + file.sha256() + "\"}");
        String blob = alice.last().path("blob").asText();
        send(alice, "{\"type\":\"chunk\",\"blob\":\"" + blob + "\",\"i\":0,\"data\":\"" + file.chunk(0) + "\"}");
        alice.drain();
        alice.bulkRoom(false);
        for (int i = 0; i < Fetches.WINDOWS_PER_SESSION; i++) {
            send(alice, "{\"type\":\"fetch\",\"blob\":\"" + blob + "\",\"from\":0,\"max\":10}");
        }
        assertEquals(List.of(), types(alice.drain()));
        send(alice, "{\"type\":\"fetch\",\"blob\":\"" + blob + "\",\"from\":0,\"max\":10,\"id\":\"f17\"}");
        JsonNode refused = alice.drain().getFirst();
        assertEquals("bad-request", refused.path("code").asText());
        assertEquals("f17", refused.path("id").asText());
    }

    private RecordingPeer login(String nick) {
        RecordingPeer peer = new RecordingPeer();
        send(peer, "{\"type\":\"hello\",\"v\":1,\"nick\":\"" + nick + "\"}");
        assertEquals("welcome", peer.drain().getFirst().path("type").asText());
        return peer;
    }

    private void send(RecordingPeer peer, String json) {
        router.onLine(peer, codec.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> types(List<JsonNode> envelopes) {
        return envelopes.stream().map(e -> e.path("type").asText()).toList();
    }
}
