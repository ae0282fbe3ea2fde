package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A member that stops reading must not slow anyone down: the fast members of its room keep their
 * round trips short while megabytes flow, and the relay cuts the slow one off; its session then
 * waits in grace, and resuming it fails because its bounded buffer overflowed.
 */
class SlowConsumerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGES_EACH = 100;
    private static final int TEXT_CHARS = 50_000;

    @Test
    void aReaderThatStopsIsCutOffWithoutSlowingTheOthers() throws Exception {
        RelayConfig config = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .ratePerSecond(100_000).burst(100_000).maxText(60_000).maxFrame(1 << 19).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             Socket slow = TestTransport.connect(relay.port(), 4096)) {
            alice.login("alice");
            alice.join("lobby");
            bob.login("bob");
            bob.join("lobby");
            alice.next("presence");

            send(slow, "{\"type\":\"hello\",\"v\":1,\"nick\":\"slow\"}");
            String slowToken = readLine(slow).get("session").asText();
            send(slow, "{\"type\":\"join\",\"room\":\"lobby\"}");
            JsonNode joined = readLine(slow);
            assertEquals("joined", joined.path("type").asText(), joined::toString);
            long slowLast = joined.get("n").asLong();
            alice.next("presence");
            bob.next("presence");
            // From here on nobody reads the slow socket.

            long start = System.nanoTime();
            Exchange fromAlice;
            Exchange fromBob;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<Exchange> a = pool.submit(talker(alice, "alice", "bob"));
                Future<Exchange> b = pool.submit(talker(bob, "bob", "alice"));
                fromAlice = a.get(60, TimeUnit.SECONDS);
                fromBob = b.get(60, TimeUnit.SECONDS);
            }
            long totalMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long maxLatency = Math.max(fromAlice.maxLatencyMillis, fromBob.maxLatencyMillis);
            long roomBytes = 2L * MESSAGES_EACH * TEXT_CHARS;
            System.out.printf("slow consumer: %d MB through the room in %d ms, max say->echo latency %d ms (%s)%n",
                    roomBytes / 1_000_000, totalMillis, maxLatency, TestTransport.name());

            assertEquals(2 * MESSAGES_EACH, fromAlice.seqs.size());
            assertEquals(2 * MESSAGES_EACH, fromBob.seqs.size());
            for (Exchange e : List.of(fromAlice, fromBob)) {
                for (int i = 0; i < e.seqs.size(); i++) {
                    assertEquals(i + 1, e.seqs.get(i), "every message, in seq order, once");
                }
            }
            assertTrue(maxLatency < 2_000, () -> "a fast member waited " + maxLatency + " ms for its echo");

            long slowGot = readUntilClosed(slow);
            System.out.printf("slow consumer: the slow reader got %d bytes before the relay closed it (%s)%n",
                    slowGot, TestTransport.name());
            // Reaching the end at all shows the cut: otherwise the read would time out once all had arrived.
            assertTrue(slowGot < roomBytes, () -> "the slow reader got everything: " + slowGot + " bytes");

            try (TestClient other = TestClient.connect(relay.port())) {
                other.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"slow\"}");
                other.expectError("nick-taken"); // its session waits in grace like any dropped one
                other.resume(slowToken, slowLast);
                other.expectError("resume-failed"); // but its buffer overflowed
                assertEquals("slow", other.login("slow").get("nick").asText());
            }
        }
    }

    /**
     * With a replay buffer bigger than the outbound bound, a reader cut off for being slow loses
     * nothing: it resumes like any dropped connection and gets every envelope in order.
     */
    @Test
    void aCutOffReaderWhoseBufferHeldResumesWithNothingLost() throws Exception {
        RelayConfig config = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .ratePerSecond(100_000).burst(100_000).maxText(60_000).maxFrame(1 << 19)
                .outboxBytes(1 << 19).replayBytes(16L << 20).build();
        int messages = 100; // 5 MB: past the outbound bound and the socket buffers, well inside the replay buffer
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port());
             Socket slow = TestTransport.connect(relay.port(), 4096)) {
            alice.login("alice");
            alice.join("lobby");
            send(slow, "{\"type\":\"hello\",\"v\":1,\"nick\":\"slow\"}");
            String slowToken = readLine(slow).get("session").asText();
            send(slow, "{\"type\":\"join\",\"room\":\"lobby\"}");
            long slowLast = readLine(slow).get("n").asLong();
            alice.next("presence");

            String text = "z".repeat(TEXT_CHARS);
            for (int i = 0; i < messages; i++) {
                alice.say("lobby", text, "a" + i);
                alice.next("message");
            }
            long slowGot = readUntilClosed(slow);
            assertTrue(slowGot < (long) messages * TEXT_CHARS, () -> "not cut off: got " + slowGot + " bytes");

            try (TestClient back = TestClient.connect(relay.port())) {
                back.resume(slowToken, slowLast);
                JsonNode welcome = back.next();
                assertEquals("welcome", welcome.path("type").asText(), welcome::toString);
                for (int i = 0; i < messages; i++) {
                    JsonNode message = back.next();
                    assertEquals(slowLast + 1 + i, message.path("n").asLong(), message::toString);
                    assertEquals(i + 1, message.path("seq").asLong());
                }
                back.send("{\"type\":\"ping\"}");
                assertEquals("pong", back.next().path("type").asText());
            }
        }
    }

    private record Exchange(long maxLatencyMillis, List<Long> seqs) {}

    /**
     * Says MESSAGES_EACH big messages one after the other, timing each echo, and collects the room.
     * The two talkers keep in step (each waits for the other's previous message before its next),
     * so a fast member never has more than a few messages queued at the relay even when the machine
     * is busy and one talker's thread is not scheduled for a while; only the reader that stopped
     * can reach the outbound bound.
     */
    private static Callable<Exchange> talker(TestClient client, String me, String other) {
        return () -> {
            String text = me.charAt(0) + "x".repeat(TEXT_CHARS - 1);
            List<Long> seqs = new ArrayList<>();
            int fromOther = 0;
            long maxLatency = 0;
            for (int i = 0; i < MESSAGES_EACH; i++) {
                String id = me + i;
                long sent = System.nanoTime();
                client.say("lobby", text, id);
                while (true) {
                    JsonNode message = client.next("message");
                    seqs.add(message.get("seq").asLong());
                    if (id.equals(message.get("id").asText())) {
                        break;
                    }
                    fromOther++;
                }
                maxLatency = Math.max(maxLatency, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
                while (fromOther < i) {
                    JsonNode message = client.next("message");
                    assertEquals(other, message.get("from").asText());
                    seqs.add(message.get("seq").asLong());
                    fromOther++;
                }
            }
            while (fromOther < MESSAGES_EACH) {
                JsonNode message = client.next("message");
                assertEquals(other, message.get("from").asText());
                seqs.add(message.get("seq").asLong());
                fromOther++;
            }
            return new Exchange(maxLatency, seqs);
        };
    }

    private static void send(Socket socket, String json) throws IOException {
        socket.getOutputStream().write((json + "\n").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** One line, read byte by byte so nothing beyond it is consumed. */
    private static JsonNode readLine(Socket socket) throws IOException {
        socket.setSoTimeout((int) TestClient.WAIT.toMillis());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            assertTrue(b >= 0, "the relay closed the connection");
            line.write(b);
        }
        return JSON.readTree(line.toByteArray());
    }

    /** Reads and discards until the relay's close shows; returns the byte count. */
    private static long readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout((int) TestClient.WAIT.toMillis());
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                assertTrue(System.nanoTime() < deadline, "still reading after 30 s");
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the relay never closed the slow connection (" + total + " bytes read)", e);
        } catch (SocketException reset) {
            // A reset also shows the relay closed its end.
        }
        return total;
    }
}
