package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A fetch as protocol 1.1 wants it sent: a reader taking a large file at a steady pace is never
 * taken for a slow reader, however small the relay's outbound bound, and its chat keeps coming;
 * a connection lost in the middle of a window resumes and gets every chunk once, in order.
 */
class FetchPacingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Twice the frame limit: a megabyte window queued at once would be eight times over it. */
    private static final int OUTBOX = 2 * 65_536;

    @Test
    void aReaderTakingLargeFilesAtASteadyPaceIsNotCutOffAndItsChatKeepsComing() throws Exception {
        TestFile big = TestFile.random("big.bin", "application/octet-stream", 3 * 1_048_576 + 1000, 11);
        RelayConfig config = RelayConfig.builder().port(0).outboxBytes(OUTBOX).ratePerSecond(1000).burst(1000).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port());
             Socket slow = TestTransport.connect(relay.port(), 16 * 1024)) {
            alice.login("alice");
            alice.join("lobby");
            String blob = big.upload(alice, "lobby", null, null, "c1");
            alice.next("message");

            PacedReader bob = new PacedReader(slow, 8 * 1_048_576); // 8 MB/s
            bob.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"bob\"}");
            bob.next("welcome");
            bob.send("{\"type\":\"join\",\"room\":\"lobby\",\"id\":\"j1\"}");
            bob.next("joined");
            bob.next("message"); // the file, from the backlog

            ByteArrayOutputStream received = new ByteArrayOutputStream();
            int chat = 0;
            for (long from = 0; from < big.bytes().length; from += 1_048_576) {
                bob.send("{\"type\":\"fetch\",\"blob\":\"" + blob + "\",\"from\":" + from + ",\"max\":1048576}");
                alice.say("lobby", "while you fetch " + from, "s" + from); // chat to the reader mid-window
                long expected = from / TestFile.CHUNK;
                for (JsonNode node = bob.next(); !node.path("type").asText().equals("fetched"); node = bob.next()) {
                    if (node.path("type").asText().equals("message")) {
                        chat++;
                        continue;
                    }
                    assertEquals("chunk", node.path("type").asText(), node::toString);
                    assertEquals(expected++, node.path("i").asLong());
                    received.writeBytes(Base64.getDecoder().decode(node.path("data").asText()));
                }
            }
            while (chat < 4) {
                assertEquals("message", bob.next().path("type").asText());
                chat++;
            }
            assertArrayEquals(big.bytes(), received.toByteArray());
            bob.send("{\"type\":\"ping\",\"id\":\"p1\"}");
            assertEquals("pong", bob.next("pong").path("type").asText(), "not cut off as a slow reader");
        }
    }

    @Test
    void aConnectionLostInTheMiddleOfAWindowResumesWithEveryChunkOnceInOrder() throws Exception {
        TestFile file = TestFile.random("f.bin", "application/octet-stream", 1_048_576, 12);
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            String blob = file.upload(alice, "lobby", null, null, "c1");
            alice.next("message");

            ByteArrayOutputStream received = new ByteArrayOutputStream();
            String token;
            long last = 0;
            long nextChunk = 0;
            try (TestClient bob = TestClient.connect(relay.port())) {
                token = bob.login("bob").path("session").asText();
                bob.join("lobby");
                bob.next("message");
                bob.request("type", "fetch", "blob", blob, "from", 0, "max", 1_048_576, "id", "f1");
                while (nextChunk < 5) {
                    JsonNode chunk = bob.next("chunk");
                    assertEquals(nextChunk++, chunk.path("i").asLong());
                    received.writeBytes(Base64.getDecoder().decode(chunk.path("data").asText()));
                    last = chunk.path("n").asLong(); // what this client processed: more may have arrived unread
                }
            }
            try (TestClient back = TestClient.connect(relay.port())) {
                back.resume(token, last);
                back.next("welcome");
                for (JsonNode node = back.next(); !node.path("type").asText().equals("fetched"); node = back.next()) {
                    assertEquals("chunk", node.path("type").asText(), node::toString);
                    assertEquals(nextChunk++, node.path("i").asLong(), "every chunk once, in order");
                    received.writeBytes(Base64.getDecoder().decode(node.path("data").asText()));
                }
            }
            assertEquals(32, nextChunk);
            assertArrayEquals(file.bytes(), received.toByteArray());
        }
    }

    /** A reader on a raw connection that takes at most {@code bytesPerSecond}, as over a slow link. */
    private static final class PacedReader {
        private final Socket socket;
        private final BufferedReader lines;

        PacedReader(Socket socket, long bytesPerSecond) throws IOException {
            this.socket = socket;
            socket.setSoTimeout((int) TestClient.WAIT.toMillis());
            this.lines = new BufferedReader(new InputStreamReader(new Paced(socket.getInputStream(), bytesPerSecond),
                    StandardCharsets.UTF_8));
        }

        void send(String line) throws IOException {
            socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }

        JsonNode next() throws IOException {
            String line = lines.readLine();
            assertNotNull(line, "the relay closed the connection: cut off");
            return JSON.readTree(line);
        }

        JsonNode next(String type) throws IOException {
            List<String> skipped = new ArrayList<>();
            for (JsonNode node = next(); ; node = next()) {
                if (node.path("type").asText().equals(type)) {
                    return node;
                }
                skipped.add(node.path("type").asText());
                assertTrue(skipped.size() < 1000, "no " + type + " among " + skipped.size());
            }
        }
    }

    /** Lets through at most {@code bytesPerSecond}, reading in small pieces. */
    private static final class Paced extends InputStream {
        private final InputStream in;
        private final long nanosPerByte;
        private long allowedAt = System.nanoTime();

        Paced(InputStream in, long bytesPerSecond) {
            this.in = in;
            this.nanosPerByte = Math.max(1, 1_000_000_000L / bytesPerSecond);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long wait = allowedAt - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // the link's pace, not a wait for something to happen
            }
            int read = in.read(buffer, offset, Math.min(length, 4096));
            if (read > 0) {
                allowedAt = Math.max(allowedAt, System.nanoTime() - 1_000_000) + read * nanosPerByte;
            }
            return read;
        }
    }
}
