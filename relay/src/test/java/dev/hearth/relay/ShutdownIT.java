package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Relay#shutdown()}, what SIGTERM triggers: every connection hears why, then closes; promptly. */
class ShutdownIT {

    @Test
    void everyConnectionLoggedInOrNotGetsShuttingDownAndIsClosed() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient stranger = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            bob.login("bob");
            stranger.send("{\"type\":\"ping\"}");
            assertEquals("pong", stranger.next().path("type").asText()); // the relay has it

            long start = System.nanoTime();
            relay.shutdown();
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            for (TestClient client : new TestClient[] {alice, bob, stranger}) {
                JsonNode error = client.expectError("shutting-down");
                assertTrue(error.path("fatal").asBoolean(false), error::toString);
                assertEquals(client != stranger, error.has("n"), () -> "n after login only: " + error);
                assertTrue(client.closedByRelay(), "closed after shutting-down");
            }
            assertTrue(took < 3_000, () -> "shutdown took " + took + " ms");
            System.out.printf("shutdown with three attentive clients took %d ms (%s)%n", took, TestTransport.name());
        }
    }

    @Test
    void shutdownIsPromptAndIdempotentEvenWithAClientThatNeverReads() throws Exception {
        // A big outbound bound: the stuck reader is not cut off, so its writer is still blocked at shutdown.
        RelayConfig config = config().outboxBytes(64L << 20).replayBytes(64L << 20)
                .ratePerSecond(10_000).burst(10_000).maxText(60_000).maxFrame(1 << 19).build();
        Relay relay = TestTransport.startRelay(config);
        int port = relay.port();
        try (TestClient alice = TestClient.connect(port);
             Socket stuck = TestTransport.connect(port, 4096)) {
            alice.login("alice");
            alice.join("lobby");
            stuck.getOutputStream().write("{\"type\":\"hello\",\"v\":1,\"nick\":\"stuck\"}\n{\"type\":\"join\",\"room\":\"lobby\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            alice.next("presence"); // stuck is in the room; from here on it never reads
            String text = "x".repeat(50_000);
            int messages = 200; // 10 MB: more than the socket buffers can hide
            for (int i = 0; i < messages; i++) {
                alice.say("lobby", text, "m" + i);
                alice.next("message");
            }

            long start = System.nanoTime();
            relay.shutdown();
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long again = System.nanoTime();
            relay.shutdown();
            long tookAgain = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - again);

            System.out.printf("shutdown with a client that never reads took %d ms (again: %d ms) (%s)%n",
                    took, tookAgain, TestTransport.name());
            assertTrue(took < 3_000, () -> "shutdown took " + took + " ms");
            assertTrue(tookAgain < 100, () -> "a second shutdown took " + tookAgain + " ms");
            JsonNode error = alice.expectError("shutting-down");
            assertTrue(error.path("fatal").asBoolean(false));
            assertTrue(alice.closedByRelay());
            long stuckGot = readUntilClosed(stuck);
            assertTrue(stuckGot < (long) messages * text.length(),
                    () -> "the stuck reader's writer was not blocked after all: it got " + stuckGot + " bytes");
            assertThrows(ConnectException.class,
                    () -> new Socket(InetAddress.getLoopbackAddress(), port).close(), "no longer listening");
        } finally {
            relay.shutdown();
        }
    }

    @Test
    void shutdownOfAnIdleRelayReturnsAtOnce() throws Exception {
        Relay relay = TestTransport.startRelay(config().build());
        int port = relay.port();
        long start = System.nanoTime();
        relay.shutdown();
        relay.close();
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took < 1_000, () -> "shutdown took " + took + " ms");
        assertFalse(canConnect(port));
    }

    @Test
    void shutdownLeavesNoRelayThreadRunning() throws Exception {
        Set<Long> before = Thread.getAllStackTraces().keySet().stream().map(Thread::threadId).collect(Collectors.toSet());
        Relay relay = TestTransport.startRelay(config().build());
        try (TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            List<String> started = relayThreads(before);
            assertFalse(started.isEmpty(), "the relay's accept and timer threads are platform threads named hearth-*");

            relay.shutdown();
            assertTrue(alice.closedByRelay());
            long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
            while (!relayThreads(before).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10); // polling a condition, not synchronising on time
            }
            assertEquals(List.of(), relayThreads(before), () -> "still running after shutdown (started: " + started + ")");
        } finally {
            relay.shutdown();
        }
    }

    /** Live platform threads named like the relay's that were not there {@code before}. */
    private static List<String> relayThreads(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("hearth-") && !before.contains(t.threadId()))
                .map(Thread::getName)
                .toList();
    }

    private static boolean canConnect(int port) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout((int) TestClient.WAIT.toMillis());
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
        } catch (SocketException reset) {
            // A reset shows the close as well.
        }
        return total;
    }

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0);
    }
}
