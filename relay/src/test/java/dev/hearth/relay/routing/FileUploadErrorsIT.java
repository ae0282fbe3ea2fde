package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Every way protocol 1.1 says an offer or an upload goes wrong, answered with its error and the
 * request's id, nothing delivered, and the session going on: a file over {@code maxFile}, a room
 * the sender is not in, a person not online, a bad shape, a third upload, the relay's file memory
 * taken, the rate spent; a chunk out of order, not base64, of the wrong length, one byte too many,
 * for someone else's blob, and bytes whose SHA-256 is not the offered one.
 */
class FileUploadErrorsIT {
    private static final int MAX_FILE = 4 * TestFile.CHUNK;

    private static RelayConfig config() {
        return RelayConfig.builder().port(0).maxFile(MAX_FILE).fileMemory(6 * TestFile.CHUNK).burst(50).build();
    }

    @Test
    void offersTheRelayCannotTakeAreRefusedWithTheirError() throws Exception {
        TestFile small = TestFile.random("a.bin", "application/octet-stream", 10, 1);
        TestFile largest = TestFile.random("max.bin", "application/octet-stream", MAX_FILE, 2);
        try (Relay relay = TestTransport.startRelay(config());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            JsonNode welcome = alice.login("alice");
            bob.login("bob");
            assertEquals(MAX_FILE, welcome.path("limits").path("maxFile").asLong());
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");

            TestFile tooLarge = TestFile.random("big.bin", "application/octet-stream", MAX_FILE + 1, 3);
            tooLarge.offer(alice, "lobby", null, null, "c1");
            assertEquals("c1", alice.expectError("file-too-large").path("id").asText());
            small.offer(alice, "kitchen", null, null, "c2");
            assertEquals("c2", alice.expectError("not-in-room").path("id").asText());
            small.offer(alice, null, "nobody", null, "c3");
            assertEquals("c3", alice.expectError("no-such-nick").path("id").asText());
            small.offer(alice, "lobby", null, "x".repeat(4001), "c4");
            assertEquals("c4", alice.expectError("text-too-long").path("id").asText());
            alice.request("type", "file-offer", "room", "lobby", "name", "a.bin", "mime", "application/octet-stream",
                    "size", 10, "sha256", small.sha256(), "reply", "m999", "id", "c5");
            assertEquals("c5", alice.expectError("no-such-message").path("id").asText());
            alice.request("type", "file-offer", "room", "lobby", "name", "a.bin", "mime", "not a type", "size", 10,
                    "sha256", small.sha256(), "id", "c6");
            assertEquals("c6", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "file-offer", "room", "lobby", "name", "a.bin", "mime", "image/png", "size", 10,
                    "sha256", small.sha256(), "thumb", Base64.getEncoder().encodeToString(new byte[16_385]), "id", "c7");
            assertEquals("c7", alice.expectError("bad-request").path("id").asText());

            // Two unfinished uploads at most; a third offer is files-full.
            alice.request("type", "file-offer", "room", "lobby", "name", "a", "mime", "text/plain", "size", 10,
                    "sha256", small.sha256(), "id", "u1");
            alice.next("file-ready");
            alice.request("type", "file-offer", "room", "lobby", "name", "b", "mime", "text/plain", "size", 10,
                    "sha256", small.sha256(), "id", "u2");
            alice.next("file-ready");
            small.offer(alice, "lobby", null, null, "u3");
            assertEquals("u3", alice.expectError("files-full").path("id").asText());

            // Uploads under way keep their room: bob's second largest file does not fit beside his
            // first and alice's two.
            largest.offer(bob, "lobby", null, null, "b1");
            String first = bob.next("file-ready").path("blob").asText();
            largest.offer(bob, "lobby", null, null, "b2");
            assertEquals("b2", bob.expectError("files-full").path("id").asText());
            // Delivered files give way to newer ones, oldest first: once bob's first is delivered,
            // the same offer is taken and the first file is gone.
            largest.sendChunks(bob, first, 0, largest.chunkCount());
            assertEquals(first, bob.next("message").path("file").path("blob").asText());
            largest.offer(bob, "lobby", null, null, "b3");
            assertEquals("b3", bob.next("file-ready").path("id").asText());
            bob.request("type", "fetch", "blob", first, "from", 0, "max", 1000, "id", "f1");
            assertEquals("f1", bob.expectError("no-such-file").path("id").asText());
            alice.next("message"); // bob's file, which alice saw delivered

            bob.expectNothing(Duration.ofMillis(100));
            alice.say("lobby", "still here", "s1");
            assertEquals("still here", bob.next("message").path("text").asText());
        }
    }

    @Test
    void theRateIsSpentByOffersAndNotByFetches() throws Exception {
        TestFile small = TestFile.random("a.bin", "application/octet-stream", 10, 1);
        try (Relay relay = TestTransport.startRelay(config().toBuilder().burst(2).ratePerSecond(1).build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            String blob = small.upload(alice, "lobby", null, null, "c1");
            alice.next("message");
            small.offer(alice, "lobby", null, null, "c2");
            String second = alice.next("file-ready").path("blob").asText();
            small.offer(alice, "lobby", null, null, "c3");
            assertEquals("c3", alice.expectError("rate-limited").path("id").asText());
            for (int i = 0; i < 5; i++) {
                TestFile.fetchAll(alice, blob, 10, TestFile.CHUNK);
            }
            alice.request("type", "chunk", "blob", second, "i", 0, "data", small.chunk(0));
            assertEquals("c2", alice.next("message").path("id").asText(), "chunks cost no rate either");
        }
    }

    @Test
    void aWrongChunkFailsItsUploadAndNothingIsDelivered() throws Exception {
        TestFile file = TestFile.random("f.bin", "application/octet-stream", 2 * TestFile.CHUNK + 5, 4);
        byte[] shortChunk = Arrays.copyOf(file.bytes(), TestFile.CHUNK - 1);
        try (Relay relay = TestTransport.startRelay(config());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");

            String[][] wrongs = {
                    {"1", file.chunk(1)},                                                    // out of order
                    {"0", "not base64!"},                                                    // not base64
                    {"0", Base64.getEncoder().encodeToString(shortChunk)},                   // short, not the last
            };
            for (String[] wrong : wrongs) {
                String blob = offer(alice, file, "w" + wrong[0]);
                alice.request("type", "chunk", "blob", blob, "i", Long.parseLong(wrong[0]), "data", wrong[1], "id", "k1");
                JsonNode failed = alice.expectError("upload-failed");
                assertEquals(blob, failed.path("blob").asText());
                assertEquals("k1", failed.path("id").asText());
                alice.request("type", "chunk", "blob", blob, "i", 0, "data", file.chunk(0), "id", "k2");
                assertEquals("k2", alice.expectError("upload-failed").path("id").asText(), "the upload was dropped");
            }

            String tooMuch = offer(alice, file, "m");
            file.sendChunks(alice, tooMuch, 0, 2);
            byte[] last = Arrays.copyOfRange(file.bytes(), 2 * TestFile.CHUNK, file.bytes().length + 1);
            alice.request("type", "chunk", "blob", tooMuch, "i", 2, "data", Base64.getEncoder().encodeToString(last));
            JsonNode overflow = alice.expectError("upload-failed");
            assertEquals(tooMuch, overflow.path("blob").asText());
            assertTrue(overflow.path("id").isMissingNode(), "a chunk without id gets an error without one");

            TestFile lying = new TestFile("l.bin", "application/octet-stream", file.bytes().clone());
            lying.bytes()[7] ^= 1;
            alice.request("type", "file-offer", "room", "lobby", "name", "l.bin", "mime", "application/octet-stream",
                    "size", file.bytes().length, "sha256", file.sha256(), "id", "h1");
            String mismatched = alice.next("file-ready").path("blob").asText();
            lying.sendChunks(alice, mismatched, 0, lying.chunkCount());
            assertEquals(mismatched, alice.expectError("upload-failed").path("blob").asText());

            String alices = offer(alice, file, "a");
            bob.request("type", "chunk", "blob", alices, "i", 0, "data", file.chunk(0), "id", "x1");
            assertEquals("x1", bob.expectError("upload-failed").path("id").asText(), "not bob's upload");
            file.sendChunks(alice, alices, 0, file.chunkCount());
            assertEquals(alices, bob.next("message").path("file").path("blob").asText(), "bob's try changed nothing");
            bob.expectNothing(Duration.ofMillis(100)); // no failed upload was ever delivered
        }
    }

    private static String offer(TestClient client, TestFile file, String id) {
        file.offer(client, "lobby", null, null, id);
        return client.next("file-ready").path("blob").asText();
    }
}
