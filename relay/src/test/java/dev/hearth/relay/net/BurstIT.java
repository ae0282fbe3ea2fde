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
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A flood is not a dead reader: members who keep reading get every line of a burst many times
 * their queue's bound, and nobody is cut off, because the relay reads the flood no faster than
 * they drain it. A member who stopped reading is still cut off, and does not hold the flood back.
 */
class BurstIT {
    private static final int MESSAGES = 4_000;
    /** 6 MB in all: past the queue, and past what the kernel's socket buffers hold for a member who stopped. */
    private static final int TEXT_CHARS = 1_500;
    private static final int READERS = 4;
    /** 64 KiB per queue: the flood below brings each member about a hundred times as much. */
    private static final RelayConfig CONFIG = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
            .ratePerSecond(1_000_000).burst(1_000_000).maxText(TEXT_CHARS).maxConnections(16).maxFrame(16384).maxFile(0)
            .outboxBytes(64 * 1024).build();

    @Test
    void readersWhoKeepReadingGetAWholeFloodManyTimesTheirBoundAndNobodyIsCutOff() throws Exception {
        try (Relay relay = TestTransport.startRelay(CONFIG);
             TestClient sender = TestClient.connect(relay.port())) {
            List<TestClient> readers = joinedReaders(relay, sender);
            try {
                sender.sendRaw(flood());
                for (int i = 1; i <= MESSAGES; i++) {
                    assertEquals("m" + i, sender.next("message").path("id").asText(), "the sender's echoes, in order");
                }
                for (TestClient reader : readers) {
                    assertEveryMessageInOrder(reader);
                }
                sender.send("{\"type\":\"ping\",\"id\":\"after\"}");
                assertEquals("after", sender.next("pong").path("id").asText());
            } finally {
                for (TestClient reader : readers) {
                    reader.close();
                }
            }
        }
    }

    @Test
    void aMemberWhoStoppedReadingIsStillCutOffAndTheOthersGetEverything() throws Exception {
        try (Relay relay = TestTransport.startRelay(CONFIG);
             TestClient sender = TestClient.connect(relay.port());
             Socket stalled = TestTransport.connect(relay.port(), 4096)) {
            List<TestClient> readers = joinedReaders(relay, sender);
            try {
                write(stalled, "{\"type\":\"hello\",\"v\":1,\"nick\":\"stalled\"}");
                write(stalled, "{\"type\":\"join\",\"room\":\"lobby\"}");
                sender.next("presence");
                for (TestClient reader : readers) {
                    reader.next("presence");
                }
                // From here on nobody reads the stalled socket.
                sender.sendRaw(flood());
                for (TestClient reader : readers) {
                    assertEveryMessageInOrder(reader);
                }
                long got = readUntilClosed(stalled);
                assertTrue(got < (long) MESSAGES * TEXT_CHARS, () -> "the stalled member was not cut off: " + got + " bytes");
            } finally {
                for (TestClient reader : readers) {
                    reader.close();
                }
            }
        }
    }

    private static List<TestClient> joinedReaders(Relay relay, TestClient sender) throws Exception {
        sender.login("sender");
        sender.join("lobby");
        List<TestClient> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            TestClient reader = TestClient.connect(relay.port());
            readers.add(reader);
            reader.login("reader" + i);
            reader.join("lobby");
            sender.next("presence");
        }
        for (int i = 0; i < READERS; i++) {
            for (int j = i + 1; j < READERS; j++) {
                readers.get(i).next("presence");
            }
        }
        return readers;
    }

    /** Every say in one write, so the relay can read them as fast as it likes. */
    private static byte[] flood() {
        StringBuilder lines = new StringBuilder();
        String text = "x".repeat(TEXT_CHARS);
        for (int i = 1; i <= MESSAGES; i++) {
            lines.append("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"").append(text).append("\",\"id\":\"m").append(i)
                    .append("\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertEveryMessageInOrder(TestClient reader) {
        for (int i = 1; i <= MESSAGES; i++) {
            JsonNode next = reader.next();
            assertFalse(TestClient.isEnd(next), () -> "a reader that kept reading was cut off");
            assertEquals("message", next.path("type").asText(), next::toString);
            assertEquals("m" + i, next.path("id").asText());
        }
    }

    private static void write(Socket socket, String json) throws Exception {
        socket.getOutputStream().write((json + "\n").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads everything until the relay closes the socket; how many bytes that was. */
    private static long readUntilClosed(Socket socket) throws Exception {
        socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sink.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // A reset after the cut is a close too.
        }
        return sink.size();
    }
}
