package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Protocol 1.1's files, as a relay that takes none answers them: the welcome's limits say
 * {@code maxFile} 0 and the chunk size, its features omit {@code file}, every offer is
 * {@code file-too-large}, a chunk is {@code upload-failed} naming its blob, a fetch is
 * {@code no-such-file}; an offer of the wrong shape is a {@code bad-request}; the session goes on.
 */
class FilesOffIT {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void aRelayWithoutFilesSaysSoAndAnswersEveryFileRequestWithItsError() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).maxFile(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            JsonNode welcome = alice.login("alice");
            bob.login("bob");
            assertEquals(0, welcome.path("limits").path("maxFile").asLong(-1));
            assertEquals(32768, welcome.path("limits").path("chunk").asInt());
            assertFalse(RoomsIT.strings(welcome.path("features")).contains("file"));
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");

            alice.request("type", "file-offer", "room", "lobby", "name", "cat.jpg", "mime", "image/jpeg", "size", 1234,
                    "sha256", SHA, "text", "my cat", "id", "c5");
            JsonNode tooLarge = alice.expectError("file-too-large");
            assertEquals("c5", tooLarge.path("id").asText());
            alice.request("type", "file-offer", "to", "bob", "name", "notes.txt", "mime", "text/plain", "size", 1,
                    "sha256", SHA, "id", "c6");
            assertEquals("c6", alice.expectError("file-too-large").path("id").asText());

            alice.request("type", "chunk", "blob", "b1", "i", 0, "data", "AAAA", "id", "k1");
            JsonNode failed = alice.expectError("upload-failed");
            assertEquals("b1", failed.path("blob").asText());
            assertEquals("k1", failed.path("id").asText());

            // The longest blob a line may carry: echoed, the answer would be longer than a line may be.
            alice.request("type", "chunk", "blob", "x".repeat(65_450), "i", 0, "data", "AAAA", "id", "k2");
            JsonNode unnamed = alice.expectError("upload-failed");
            assertTrue(unnamed.path("blob").isMissingNode(), "a name no relay hands out is not echoed into an overlong line");
            assertEquals("k2", unnamed.path("id").asText());

            alice.request("type", "fetch", "blob", "b1", "from", 0, "max", 1048576, "id", "f1");
            assertEquals("f1", alice.expectError("no-such-file").path("id").asText());

            alice.request("type", "file-offer", "room", "lobby", "name", "a/b", "mime", "image/jpeg", "size", 1,
                    "sha256", SHA, "id", "c7");
            JsonNode shape = alice.expectError("bad-request");
            assertEquals("c7", shape.path("id").asText());
            alice.request("type", "fetch", "blob", "b1", "from", 100, "max", 10, "id", "f2");
            assertEquals("f2", alice.expectError("bad-request").path("id").asText());

            bob.expectNothing(Duration.ofMillis(200)); // nothing was delivered to anyone
            alice.say("lobby", "still here", "s1");
            assertEquals("still here", alice.next("message").path("text").asText());
            assertTrue(bob.next("message").path("text").asText().equals("still here"), "the session goes on");
        }
    }
}
