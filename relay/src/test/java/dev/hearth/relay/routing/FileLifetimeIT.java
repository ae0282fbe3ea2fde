package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import dev.hearth.relay.time.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How long the relay holds a file (protocol 1.1, "Lifetime"): while its message is known, so a
 * deletion drops it at once and so does its message leaving the backlog or the direct-message
 * memory; at most {@code --file-ttl} after delivery; an upload at most ten minutes, and not past
 * its session. A reaction or an edit keeps the file on the backlog's message; a deletion takes it off.
 */
class FileLifetimeIT {
    private static final TestFile FILE = TestFile.random("f.bin", "application/octet-stream", 1000, 7);

    @Test
    void deletingTheMessageDropsItsFileAndTheBacklogShowsItWithoutOne() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            String blob = FILE.upload(alice, "lobby", null, "caption", "c1");
            String mid = alice.next("message").path("mid").asText();

            alice.request("type", "react", "mid", mid, "emoji", "👍", "on", true, "id", "r1");
            alice.next("reaction");
            alice.request("type", "edit", "mid", mid, "text", "better caption", "id", "e1");
            alice.next("edited");
            bob.join("lobby");
            JsonNode shown = bob.next("message");
            assertEquals("better caption", shown.path("text").asText());
            assertEquals(blob, shown.path("file").path("blob").asText(), "reactions and edits keep the file");
            assertTrue(shown.has("reactions"));

            alice.request("type", "delete", "mid", mid, "id", "d1");
            alice.next("deleted");
            bob.next("deleted");
            bob.request("type", "fetch", "blob", blob, "from", 0, "max", 1000, "id", "f1");
            assertEquals("f1", bob.expectError("no-such-file").path("id").asText());
            try (TestClient carol = TestClient.connect(relay.port())) {
                carol.login("carol");
                carol.join("lobby");
                JsonNode deleted = carol.next("message");
                assertTrue(deleted.path("deleted").asBoolean());
                assertTrue(deleted.path("file").isMissingNode(), "its name and thumbnail go with it: " + deleted);
                assertTrue(deleted.path("text").isMissingNode());
            }

            String dmBlob = FILE.upload(alice, null, "bob", null, "c2");
            String dmMid = bob.next("dm").path("mid").asText();
            alice.request("type", "delete", "mid", dmMid, "id", "d2");
            bob.next("deleted");
            bob.request("type", "fetch", "blob", dmBlob, "from", 0, "max", 1000, "id", "f2");
            assertEquals("f2", bob.expectError("no-such-file").path("id").asText());
        }
    }

    @Test
    void aFileGoesWhenItsMessageLeavesTheBacklogOrTheDirectMessageMemory() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).backlog(2).dmMemory(1).burst(50).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            String blob = FILE.upload(alice, "lobby", null, null, "c1");
            alice.next("message");
            alice.say("lobby", "one", "s1");
            alice.next("message");
            assertArrayEquals(FILE.bytes(), TestFile.fetchAll(alice, blob, 1000, TestFile.CHUNK), "still in the backlog");
            alice.say("lobby", "two", "s2");
            alice.next("message");
            alice.request("type", "fetch", "blob", blob, "from", 0, "max", 1000, "id", "f1");
            assertEquals("f1", alice.expectError("no-such-file").path("id").asText(), "out of the backlog of 2");

            String dmBlob = FILE.upload(alice, null, "bob", null, "c2");
            bob.next("dm");
            assertArrayEquals(FILE.bytes(), TestFile.fetchAll(bob, dmBlob, 1000, TestFile.CHUNK));
            alice.dm("bob", "newer", "s3");
            bob.next("dm");
            bob.request("type", "fetch", "blob", dmBlob, "from", 0, "max", 1000, "id", "f2");
            assertEquals("f2", bob.expectError("no-such-file").path("id").asText(), "out of a direct-message memory of 1");
        }
    }

    @Test
    void aFileLivesItsLifetimeAndAnUploadTenMinutes() throws Exception {
        FakeTime time = new FakeTime();
        RelayConfig config = RelayConfig.builder().port(0).fileTtl(Duration.ofHours(1))
                .idlePing(Duration.ofDays(2)).idleDrop(Duration.ofDays(3)).grace(Duration.ofDays(1)).build();
        try (Relay relay = TestTransport.startRelay(config, time.relayTime());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            String blob = FILE.upload(alice, "lobby", null, null, "c1");
            alice.next("message");
            time.advance(Duration.ofMinutes(59));
            assertArrayEquals(FILE.bytes(), TestFile.fetchAll(alice, blob, 1000, TestFile.CHUNK));
            time.advance(Duration.ofMinutes(1));
            alice.request("type", "fetch", "blob", blob, "from", 0, "max", 1000, "id", "f1");
            assertEquals("f1", alice.expectError("no-such-file").path("id").asText(), "an hour after delivery");

            FILE.offer(alice, "lobby", null, null, "c2");
            String late = alice.next("file-ready").path("blob").asText();
            time.advance(Duration.ofMinutes(10));
            alice.request("type", "chunk", "blob", late, "i", 0, "data", FILE.chunk(0), "id", "k1");
            assertEquals("k1", alice.expectError("upload-failed").path("id").asText(), "ten minutes is all an upload gets");
        }
    }

    @Test
    void anUploadEndsWithItsSessionAndGivesItsRoomBack() throws Exception {
        TestFile largest = TestFile.random("max.bin", "application/octet-stream", 4 * TestFile.CHUNK, 8);
        RelayConfig config = RelayConfig.builder().port(0).maxFile(4 * TestFile.CHUNK).fileMemory(4 * TestFile.CHUNK).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient bob = TestClient.connect(relay.port())) {
            bob.login("bob");
            bob.join("lobby");
            String blob;
            try (TestClient alice = TestClient.connect(relay.port())) {
                alice.login("alice");
                alice.join("lobby");
                bob.next("presence");
                largest.offer(alice, "lobby", null, null, "c1");
                blob = alice.next("file-ready").path("blob").asText();
                largest.offer(bob, "lobby", null, null, "b1");
                assertEquals("b1", bob.expectError("files-full").path("id").asText(), "alice's upload holds the room");
                alice.request("type", "bye");
                bob.next("presence");
            }
            largest.offer(bob, "lobby", null, null, "b2");
            assertEquals("b2", bob.next("file-ready").path("id").asText(), "her session ended: the room is free");
            bob.request("type", "chunk", "blob", blob, "i", 0, "data", largest.chunk(0), "id", "k1");
            assertEquals("k1", bob.expectError("upload-failed").path("id").asText());
        }
    }
}
