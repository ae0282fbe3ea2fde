package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines on the wire: the frame limit, and malformed lines answered without closing the connection. */
class FramingIT {

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0);
    }

    /**
     * A relay with a small frame limit: it must then also have short texts and few people, or it
     * could have to send lines over its own limit, and it refuses to start.
     */
    private static RelayConfig.Builder smallFrame(int maxFrame) {
        return config().maxFile(0).maxFrame(maxFrame).maxText(100).maxConnections(4);
    }

    /** A ping line padded with an unknown field so that it is exactly {@code bytes} long, newline included. */
    private static byte[] pingOfExactly(int bytes, String id) {
        String head = "{\"type\":\"ping\",\"id\":\"" + id + "\",\"pad\":\"";
        String tail = "\"}\n";
        return (head + "a".repeat(bytes - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    /** The connection still answers requests: a ping with this id gets its pong. */
    private static void stillAnswers(TestClient client, String id) {
        client.request("type", "ping", "id", id);
        JsonNode pong = client.next();
        assertEquals("pong", pong.path("type").asText(), () -> "expected pong, got " + pong);
        assertEquals(id, pong.path("id").asText());
    }

    private static void expectBadRequest(TestClient client, String expectedId) {
        JsonNode error = client.expectError("bad-request");
        assertFalse(error.path("fatal").asBoolean(true), () -> "bad-request must not be fatal: " + error);
        assertTrue(error.path("message").isTextual() && !error.path("message").asText().isEmpty(),
                () -> "an error needs a human-readable message: " + error);
        if (expectedId == null) {
            assertFalse(error.has("id"), () -> "no id expected: " + error);
        } else {
            assertEquals(expectedId, error.path("id").asText(), () -> "id not copied: " + error);
        }
    }

    @ParameterizedTest(name = "maxFrame {0}")
    @ValueSource(ints = {2048, 65_536})
    void lineOfExactlyMaxFrameBytesIncludingNewlineIsAccepted(int maxFrame) throws Exception {
        try (Relay relay = TestTransport.startRelay((maxFrame < 65_536 ? smallFrame(maxFrame) : config()).build());
             TestClient client = TestClient.connect(relay.port())) {
            byte[] line = pingOfExactly(maxFrame, "edge");
            assertEquals(maxFrame, line.length);
            client.sendRaw(line);
            JsonNode pong = client.next();
            assertEquals("pong", pong.path("type").asText(), () -> "expected pong, got " + pong);
            assertEquals("edge", pong.path("id").asText());
            stillAnswers(client, "after");
        }
    }

    @ParameterizedTest(name = "maxFrame {0}")
    @ValueSource(ints = {2048, 65_536})
    void lineOneByteOverMaxFrameGetsFatalFrameTooLargeAndIsClosed(int maxFrame) throws Exception {
        try (Relay relay = TestTransport.startRelay((maxFrame < 65_536 ? smallFrame(maxFrame) : config()).build());
             TestClient client = TestClient.connect(relay.port())) {
            client.sendRaw(pingOfExactly(maxFrame + 1, "over"));
            JsonNode error = client.expectError("frame-too-large");
            assertTrue(error.path("fatal").asBoolean(false), () -> "frame-too-large is fatal: " + error);
            assertTrue(client.closedByRelay(), "the relay must close the connection after frame-too-large");
        }
    }

    @Test
    void oversizeLineAfterLoginIsAlsoFatal() throws Exception {
        try (Relay relay = TestTransport.startRelay(smallFrame(2048).build());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            client.sendRaw(pingOfExactly(4096, "big"));
            JsonNode error = client.expectError("frame-too-large");
            assertTrue(error.path("fatal").asBoolean(false));
            assertEquals(1, error.path("n").asLong(), "errors after welcome are numbered too");
            assertTrue(client.closedByRelay());
        }
    }

    @Test
    void endlessLineWithoutNewlineIsCutAtTheLimitNotBuffered() throws Exception {
        try (Relay relay = TestTransport.startRelay(smallFrame(4096).build());
             TestClient client = TestClient.connect(relay.port())) {
            AtomicBoolean stop = new AtomicBoolean();
            byte[] chunk = new byte[1024];
            Arrays.fill(chunk, (byte) 'a');
            Thread writer = Thread.ofVirtual().start(() -> {
                client.sendRaw("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
                // Never a newline: a relay that waits for one would never answer.
                for (int i = 0; i < 256 * 1024 && !stop.get(); i++) {
                    try {
                        client.sendRaw(chunk);
                    } catch (IllegalStateException closed) {
                        return;
                    }
                }
            });
            try {
                JsonNode error = client.expectError("frame-too-large");
                assertTrue(error.path("fatal").asBoolean(false));
                assertTrue(client.closedByRelay(), "the relay must close the connection");
            } finally {
                stop.set(true);
                client.close();
                writer.join(TestClient.WAIT);
            }
        }
    }

    @Test
    void invalidUtf8IsBadRequestAndTheConnectionKeepsWorking() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            List<byte[]> invalid = List.of(
                    new byte[] {(byte) 0xC3, 0x28},              // truncated two-byte sequence
                    new byte[] {(byte) 0xC0, (byte) 0xAF},       // overlong '/'
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // UTF-8-encoded surrogate
                    new byte[] {(byte) 0xFF});
            for (byte[] bad : invalid) {
                client.sendRaw(bytes("{\"type\":\"ping\",\"id\":\"u\",\"x\":\"", bad, "\"}\n"));
                expectBadRequest(client, null);
            }
            stillAnswers(client, "after-utf8");
            client.login("alice");
            client.sendRaw(bytes("{\"type\":\"join\",\"room\":\"", new byte[] {(byte) 0xFE}, "\"}\n"));
            expectBadRequest(client, null);
            assertEquals("joined", client.join("lobby").path("type").asText());
        }
    }

    @Test
    void notJsonIsBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            for (String line : List.of("hello relay", "{\"type\":\"ping\"", "{\"type\":\"ping\"} trailing",
                    "{'type':'ping'}", "{\"type\":\"ping\",}", "")) {
                client.send(line);
                expectBadRequest(client, null);
            }
            stillAnswers(client, "after-json");
        }
    }

    @Test
    void notAnObjectIsBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            for (String line : List.of("[{\"type\":\"ping\"}]", "\"ping\"", "42", "true", "null")) {
                client.send(line);
                expectBadRequest(client, null);
            }
            stillAnswers(client, "after-object");
        }
    }

    @Test
    void missingOrNonStringTypeIsBadRequestWithTheIdCopied() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.send("{\"id\":\"t1\"}");
            expectBadRequest(client, "t1");
            client.send("{\"type\":7,\"id\":\"t2\"}");
            expectBadRequest(client, "t2");
            client.send("{\"type\":null,\"id\":\"t3\"}");
            expectBadRequest(client, "t3");
            client.send("{\"type\":[\"ping\"],\"id\":\"t4\"}");
            expectBadRequest(client, "t4");
            client.send("{\"type\":{\"name\":\"ping\"}}");
            expectBadRequest(client, null);
            stillAnswers(client, "after-type");
        }
    }

    @Test
    void wrongFieldKindsAreBadRequestWithoutCoercion() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.send("{\"type\":\"hello\",\"v\":\"1\",\"nick\":\"alice\",\"id\":\"h1\"}");
            expectBadRequest(client, "h1");
            client.send("{\"type\":\"hello\",\"v\":1.0,\"nick\":\"alice\",\"id\":\"h2\"}");
            expectBadRequest(client, "h2");
            client.send("{\"type\":\"hello\",\"v\":1,\"nick\":7,\"id\":\"h3\"}");
            expectBadRequest(client, "h3");
            client.send("{\"type\":\"hello\",\"v\":true,\"nick\":\"alice\",\"id\":\"h4\"}");
            expectBadRequest(client, "h4");
            client.login("alice");
            client.join("lobby");
            for (String[] c : new String[][] {
                    {"{\"type\":\"join\",\"room\":5,\"id\":\"k1\"}", "k1"},
                    {"{\"type\":\"say\",\"room\":\"lobby\",\"text\":true,\"id\":\"k2\"}", "k2"},
                    {"{\"type\":\"say\",\"room\":\"lobby\",\"text\":[\"hi\"],\"id\":\"k3\"}", "k3"},
                    {"{\"type\":\"mute\",\"room\":\"lobby\",\"on\":\"true\",\"id\":\"k4\"}", "k4"},
                    {"{\"type\":\"mute\",\"room\":\"lobby\",\"on\":1,\"id\":\"k5\"}", "k5"},
                    {"{\"type\":\"ack\",\"n\":\"0\",\"id\":\"k6\"}", "k6"},
                    {"{\"type\":\"ack\",\"n\":0.0,\"id\":\"k7\"}", "k7"},
                    {"{\"type\":\"who\",\"room\":[\"lobby\"],\"id\":\"k8\"}", "k8"},
                    {"{\"type\":\"dm\",\"to\":{\"nick\":\"alice\"},\"text\":\"x\",\"id\":\"k9\"}", "k9"},
                    {"{\"type\":\"typing\",\"room\":\"lobby\",\"on\":\"yes\",\"id\":\"k10\"}", "k10"}}) {
                client.send(c[0]);
                expectBadRequest(client, c[1]);
            }
            client.request("type", "say", "room", "lobby", "text", "still here", "id", "ok");
            JsonNode echo = client.next();
            assertEquals("message", echo.path("type").asText(), () -> "expected the echo, got " + echo);
            assertEquals("ok", echo.path("id").asText());
        }
    }

    @Test
    void unknownTypeGetsUnknownTypeWithTheIdCopiedBeforeAndAfterLogin() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.send("{\"type\":\"teleport\",\"id\":\"u1\",\"to\":\"mars\"}");
            JsonNode before = client.expectError("unknown-type");
            assertEquals("u1", before.path("id").asText());
            assertFalse(before.path("fatal").asBoolean(true));
            client.login("alice");
            client.send("{\"type\":\"teleport\",\"id\":\"u2\"}");
            JsonNode after = client.expectError("unknown-type");
            assertEquals("u2", after.path("id").asText());
            assertFalse(after.path("fatal").asBoolean(true));
            client.send("{\"type\":\"HELLO\"}");
            assertFalse(client.expectError("unknown-type").has("id"));
            stillAnswers(client, "after-unknown");
        }
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\",\"colour\":\"blue\",\"caps\":{\"x\":[1,2]},\"z\":null}");
            assertEquals("welcome", client.next().path("type").asText());
            client.send("{\"type\":\"join\",\"room\":\"lobby\",\"priority\":9,\"id\":\"j1\"}");
            JsonNode joined = client.next();
            assertEquals("joined", joined.path("type").asText());
            assertEquals("j1", joined.path("id").asText());
            client.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\",\"markdown\":true,\"id\":\"s1\"}");
            JsonNode echo = client.next();
            assertEquals("message", echo.path("type").asText());
            assertEquals("hi", echo.path("text").asText());
            assertFalse(echo.has("markdown"), "unknown fields are not forwarded");
        }
    }

    @Test
    void idIsCopiedIntoErrorsAndEchoes() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.request("type", "ping", "id", "p0");
            assertEquals("p0", client.next().path("id").asText());
            client.request("type", "join", "room", "lobby", "id", "before");
            assertEquals("before", client.expectError("not-logged-in").path("id").asText());
            client.request("type", "hello", "v", 1, "nick", "alice", "id", "h");
            JsonNode welcome = client.next();
            assertEquals("welcome", welcome.path("type").asText());
            assertEquals("h", welcome.path("id").asText());
            client.request("type", "join", "room", "lobby", "id", "j");
            assertEquals("j", client.next().path("id").asText());
            client.request("type", "say", "room", "lobby", "text", "hi", "id", "s");
            assertEquals("s", client.next().path("id").asText());
            client.request("type", "say", "room", "attic", "text", "hi", "id", "e");
            assertEquals("e", client.expectError("not-in-room").path("id").asText());
            client.request("type", "who", "room", "lobby", "id", "w");
            assertEquals("w", client.next().path("id").asText());
            client.request("type", "mute", "room", "lobby", "on", true, "id", "m");
            assertEquals("m", client.next().path("id").asText());
            client.request("type", "leave", "room", "lobby", "id", "l");
            assertEquals("l", client.next().path("id").asText());
            client.request("type", "ping", "id", "p");
            assertEquals("p", client.next().path("id").asText());
        }
    }

    @Test
    void idOfAtMost64CharactersIsAcceptedAndLongerIsBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            String max = "i".repeat(64);
            stillAnswers(client, max);
            client.request("type", "ping", "id", max + "i");
            expectBadRequest(client, null);
            client.login("alice");
            client.request("type", "join", "room", "lobby", "id", "x".repeat(65));
            expectBadRequest(client, null);
            client.send("{\"type\":\"join\",\"room\":\"lobby\",\"id\":17}");
            expectBadRequest(client, null);
            client.send("{\"type\":\"ping\",\"id\":null}");
            JsonNode pong = client.next();
            assertEquals("pong", pong.path("type").asText());
            assertFalse(pong.has("id"), "a null id counts as absent");
        }
    }

    @Test
    void strictJsonRulesFromTheDecisions() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.send("{\"type\":\"ping\",\"type\":\"ping\",\"id\":\"dup\"}");
            expectBadRequest(client, null);
            client.send("{\"type\":\"ping\",\"id\":\"deep\",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}");
            expectBadRequest(client, null);
            client.send("{\"type\":\"ping\",\"id\":\"nest\",\"x\":" + "[".repeat(8) + "]".repeat(8) + "}");
            assertEquals("nest", client.next().path("id").asText(), "modest nesting in an unknown field is fine");
            client.send("{\"type\":\"ping\",\"id\":\"sur\",\"x\":\"\\ud800\"}");
            expectBadRequest(client, "sur");
            client.sendRaw("{\"type\":\"ping\",\"id\":\"crlf\"}\r\n".getBytes(StandardCharsets.UTF_8));
            JsonNode pong = client.next();
            assertEquals("pong", pong.path("type").asText(), "a line ending in CRLF is accepted");
            assertEquals("crlf", pong.path("id").asText());
            client.send("{\"type\":\"ping\",\"id\":\"pair\",\"x\":\"\\ud83d\\ude00\"}");
            assertEquals("pair", client.next().path("id").asText(), "a paired surrogate escape is fine");
            client.send("  {\"type\" : \"ping\", \"id\" : \"spaced\"}\t ");
            assertEquals("spaced", client.next().path("id").asText(), "whitespace around and inside the object is JSON");
        }
    }

    @Test
    void manyLinesInOneWriteAreEachAnswered() throws Exception {
        try (Relay relay = TestTransport.startRelay(smallFrame(2048).build());
             TestClient client = TestClient.connect(relay.port())) {
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                burst.append("{\"type\":\"ping\",\"id\":\"b").append(i).append("\"}\n");
            }
            client.sendRaw(burst.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                assertEquals("b" + i, client.next(Duration.ofSeconds(10)).path("id").asText());
            }
        }
    }
}
