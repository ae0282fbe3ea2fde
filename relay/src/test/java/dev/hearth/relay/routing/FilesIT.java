package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Protocol 1.1's files on a relay that takes them: the welcome says so, an offer gets its blob, the
 * chunks deliver the file's message to everyone (the sender's copy is its confirmation), members
 * fetch it in windows, and a joiner finds it in the backlog. The request ids come back on every copy.
 */
class FilesIT {
    private static final String THUMB = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});

    static RelayConfig config() {
        return RelayConfig.builder().port(0).build();
    }

    @Test
    void aPictureOfferedUploadedAndFetchedReachesEveryoneInTheRoomWithItsCaptionAndReply() throws Exception {
        TestFile picture = TestFile.random("cat 🐱.jpg", "image/jpeg", 3 * TestFile.CHUNK + 123, 1);
        try (Relay relay = TestTransport.startRelay(config());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            JsonNode welcome = alice.login("alice");
            bob.login("bob");
            assertEquals(33_554_432, welcome.path("limits").path("maxFile").asLong());
            assertEquals(32_768, welcome.path("limits").path("chunk").asInt());
            assertTrue(RoomsIT.strings(welcome.path("features")).contains("file"));
            alice.join("lobby");
            bob.join("lobby");
            alice.next("presence");
            alice.say("lobby", "look what I found", "s1");
            String asked = bob.next("message").path("mid").asText();
            alice.next("message");

            alice.request("type", "file-offer", "room", "lobby", "name", picture.name(), "mime", picture.mime(),
                    "size", picture.bytes().length, "sha256", picture.sha256(), "thumb", THUMB, "text", "my cat",
                    "reply", asked, "id", "c5");
            JsonNode ready = alice.next("file-ready");
            assertEquals("c5", ready.path("id").asText());
            String blob = ready.path("blob").asText();
            assertTrue(blob.matches("[A-Za-z0-9_-]{1,32}"), blob);
            bob.expectNothing(Duration.ofMillis(100)); // nothing is delivered before the last byte
            picture.sendChunks(alice, blob, 0, picture.chunkCount());

            for (TestClient member : new TestClient[] {alice, bob}) {
                JsonNode message = member.next("message");
                assertEquals("my cat", message.path("text").asText());
                assertEquals(asked, message.path("reply").asText());
                assertEquals("c5", message.path("id").asText(), "every copy answers the request");
                assertEquals("alice", message.path("from").asText());
                JsonNode file = message.path("file");
                assertEquals(blob, file.path("blob").asText());
                assertEquals(picture.name(), file.path("name").asText());
                assertEquals("image/jpeg", file.path("mime").asText());
                assertEquals(picture.bytes().length, file.path("size").asLong());
                assertEquals(picture.sha256(), file.path("sha256").asText());
                assertEquals(THUMB, file.path("thumb").asText());
            }
            assertArrayEquals(picture.bytes(), TestFile.fetchAll(bob, blob, picture.bytes().length, 2 * TestFile.CHUNK));
            assertArrayEquals(picture.bytes(), TestFile.fetchAll(alice, blob, picture.bytes().length, 1_048_576),
                    "one window holds it all; fetching costs no rate");

            try (TestClient carol = TestClient.connect(relay.port())) {
                carol.login("carol");
                carol.join("lobby");
                JsonNode backlogged = carol.nextMatching(n -> n.path("type").asText().equals("message")
                        && n.has("file"), "the file in the backlog");
                assertEquals(blob, backlogged.path("file").path("blob").asText());
                assertArrayEquals(picture.bytes(), TestFile.fetchAll(carol, blob, picture.bytes().length, 1_048_576));
            }
        }
    }

    @Test
    void aFileForOnePersonReachesTheTwoOfThemOnlyAndWithoutACaptionItsTextIsEmpty() throws Exception {
        TestFile notes = TestFile.random("notes.txt", "text/plain", 100, 2);
        try (Relay relay = TestTransport.startRelay(config());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient mallory = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            mallory.login("mallory");
            String blob = notes.upload(alice, null, "bob", null, "c1");
            for (TestClient person : new TestClient[] {alice, bob}) {
                JsonNode dm = person.next("dm");
                assertEquals("", dm.path("text").asText(null), "no caption: the text is empty");
                assertEquals("bob", dm.path("to").asText());
                assertEquals("c1", dm.path("id").asText());
                assertEquals(blob, dm.path("file").path("blob").asText());
                assertTrue(dm.path("file").path("thumb").isMissingNode());
            }
            assertArrayEquals(notes.bytes(), TestFile.fetchAll(bob, blob, 100, TestFile.CHUNK));
            mallory.request("type", "fetch", "blob", blob, "from", 0, "max", 1000, "id", "f1");
            JsonNode refused = mallory.expectError("no-such-file");
            assertEquals("f1", refused.path("id").asText());
            assertEquals(blob, refused.path("blob").asText());
            mallory.expectNothing(Duration.ofMillis(100));
        }
    }

    @Test
    void onlyMembersOfTheRoomFetchAndAnOfferAnsweredAlreadyIsNotDeliveredTwice() throws Exception {
        TestFile photo = TestFile.random("p.png", "image/png", 5000, 3);
        try (Relay relay = TestTransport.startRelay(config());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("kitchen");
            String blob = photo.upload(alice, "lobby", null, "hi", "c1");
            JsonNode echo = alice.next("message");
            bob.request("type", "fetch", "blob", blob, "from", 0, "max", 5000, "id", "f1");
            assertEquals("f1", bob.expectError("no-such-file").path("id").asText());
            bob.request("type", "fetch", "blob", "b999", "from", 0, "max", 5000, "id", "f2");
            assertEquals("f2", bob.expectError("no-such-file").path("id").asText());

            photo.offer(alice, "lobby", null, "hi", "c1"); // a client resending after a resumption
            JsonNode again = alice.next();
            assertEquals("message", again.path("type").asText(), "the original echo, not a new upload: " + again);
            assertEquals(echo.path("mid").asText(), again.path("mid").asText());
            alice.expectNothing(Duration.ofMillis(100));
        }
    }
}
