package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The relay-wide outbound budget over real sockets: a reader that stops is cut off once what is
 * queued for everyone passes the budget, though its own queue never reaches its own bound, and the
 * members who read go on receiving everything.
 */
class OutboundBudgetIT {
    private static final int MESSAGES = 100;
    private static final int TEXT_CHARS = 50_000;
    /** What the room carries: 5 MB, within the per-connection bound but ten times the relay-wide budget. */
    private static final long ROOM_BYTES = (long) MESSAGES * TEXT_CHARS;

    @Test
    void aReaderThatStopsIsCutOffByTheRelayWideBudgetBeforeItsOwnBoundAndOthersGetEverything() throws Exception {
        RelayConfig config = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .ratePerSecond(100_000).burst(100_000).maxText(60_000).maxFrame(1 << 19)
                .outboxBytes(16L << 20).outboundBudget(512L << 10).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             Socket slow = TestTransport.connect(relay.port(), 4096)) {
            alice.login("alice");
            alice.join("lobby");
            bob.login("bob");
            bob.join("lobby");
            alice.next("presence");
            write(slow, "{\"type\":\"hello\",\"v\":1,\"nick\":\"slow\"}\n{\"type\":\"join\",\"room\":\"lobby\"}");
            alice.next("presence");
            bob.next("presence");
            // From here on nobody reads the slow socket.

            List<Long> bobSeqs;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<List<Long>> bobReads = pool.submit(() -> seqs(bob, MESSAGES));
                String text = "x".repeat(TEXT_CHARS);
                for (int i = 0; i < MESSAGES; i++) {
                    alice.say("lobby", text, "a" + i);
                    JsonNode echo = alice.next("message");
                    assertEquals(i + 1, echo.path("seq").asLong(), echo::toString);
                }
                bobSeqs = bobReads.get(60, TimeUnit.SECONDS);
            }
            assertEquals(MESSAGES, bobSeqs.size());
            for (int i = 0; i < MESSAGES; i++) {
                assertEquals(i + 1, bobSeqs.get(i), "bob got every message, in order, once");
            }

            long slowGot = readUntilClosed(slow);
            System.out.printf("outbound budget: the stalled reader got %d of %d bytes before the relay cut it off (%s)%n",
                    slowGot, ROOM_BYTES, TestTransport.name());
            assertTrue(slowGot < ROOM_BYTES, () -> "the stalled reader got everything: " + slowGot + " bytes");

            for (TestClient reader : List.of(alice, bob)) {
                reader.request("type", "ping", "id", "still-there");
                assertEquals("still-there", reader.next("pong").path("id").asText());
            }
            try (TestClient other = TestClient.connect(relay.port())) {
                other.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"slow\"}");
                other.expectError("nick-taken"); // cut off, its session waits in grace like any dropped one
            }
        }
    }

    private static List<Long> seqs(TestClient client, int count) {
        List<Long> seqs = new ArrayList<>();
        while (seqs.size() < count) {
            seqs.add(client.next("message").path("seq").asLong());
        }
        return seqs;
    }

    private static void write(Socket socket, String lines) throws IOException {
        socket.getOutputStream().write((lines + "\n").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads and discards until the relay's close shows; returns the byte count. */
    private static long readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout((int) TestClient.WAIT.toMillis());
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the relay never cut the stalled reader off (" + total + " bytes read)", e);
        } catch (SocketException reset) {
            // A reset also shows the relay closed its end.
        }
        return total;
    }
}
