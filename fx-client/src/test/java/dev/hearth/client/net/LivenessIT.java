package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.EventLog;
import dev.hearth.protocol.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a scripted relay (a plain server socket the test drives line by line): bad lines are
 * skipped, pings answered, silence probed, and a dead link is dropped and resumed.
 */
class LivenessIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String WELCOME = "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"tok\","
            + "\"limits\":{\"maxFrame\":65536,\"maxText\":4000,\"ratePerSecond\":5,\"burst\":20}}";

    @TempDir
    Path home;

    private ServerSocket server;
    private RelayClient client;
    private final EventLog events = new EventLog();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) WAIT.toMillis());
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private void connect(ClientOptions options) {
        client = new RelayClient(options.withBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), new KnownRelaysFile(home), events);
        client.connect(new ConnectRequest(new RelayAddress("127.0.0.1", server.getLocalPort(), false), null, "alice", null));
    }

    @Test
    void aMalformedLineIsReportedAndSkipped() throws Exception {
        connect(ClientOptions.defaults());
        try (Scripted relay = accept()) {
            assertTrue(relay.next().contains("\"type\":\"hello\""));
            relay.send(WELCOME);
            assertTrue(relay.next().contains("\"type\":\"ping\""), "the barrier ping");
            relay.send("{\"type\":\"pong\",\"id\":\"" + relay.lastId() + "\",\"n\":1}");
            relay.send("this is not json");
            relay.send("{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"ts\":\"2026-11-22T13:00:00.123Z\","
                    + "\"from\":\"bob\",\"text\":\"hi\",\"n\":2}");
            events.await(ClientEvent.Problem.class, WAIT);
            events.awaitTrue(log -> log.received(Message.class).size() == 1, WAIT, "the message after the bad line");
            assertEquals(ConnectionStatus.CONNECTED, client.status());
        }
    }

    @Test
    void theRelaysPingIsAnsweredAndSilenceIsProbedThenTheDeadLinkResumed() throws Exception {
        connect(ClientOptions.defaults().withLiveness(Duration.ofMillis(300), Duration.ofMillis(500)));
        try (Scripted relay = accept()) {
            relay.next();
            relay.send(WELCOME);
            relay.next(); // barrier ping
            relay.send("{\"type\":\"pong\",\"id\":\"" + relay.lastId() + "\",\"n\":1}");
            relay.send("{\"type\":\"ping\",\"n\":2}");
            assertEquals("{\"type\":\"pong\"}", relay.next());
            // Now the relay falls silent: the client probes, then gives up on the link.
            assertEquals("{\"type\":\"ping\"}", relay.nextMatching("\"type\":\"ping\""));
            try (Scripted again = accept()) {
                String hello = again.next();
                assertTrue(hello.contains("\"resume\":\"tok\"") && hello.contains("\"last\":2"), hello);
            }
        }
    }

    @Test
    void acknowledgesAtLeastEveryFiftyEnvelopes() throws Exception {
        connect(ClientOptions.defaults());
        try (Scripted relay = accept()) {
            relay.next();
            relay.send(WELCOME);
            relay.next(); // barrier ping
            relay.send("{\"type\":\"pong\",\"id\":\"" + relay.lastId() + "\",\"n\":1}");
            for (int n = 2; n <= 61; n++) {
                relay.send("{\"type\":\"message\",\"room\":\"lobby\",\"seq\":" + n + ",\"ts\":\"2026-11-22T13:00:00.123Z\","
                        + "\"from\":\"bob\",\"text\":\"m\",\"n\":" + n + "}");
            }
            String ack = relay.nextMatching("\"type\":\"ack\"");
            long acked = Long.parseLong(ack.replaceAll(".*\"n\":(\\d+).*", "$1"));
            assertTrue(acked >= 50 && acked <= 61, ack);
        }
    }

    private Scripted accept() throws IOException {
        return new Scripted(server.accept());
    }

    /** One accepted connection, read line by line on a helper thread. */
    private static final class Scripted implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private String last;

        Scripted(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // closed
                }
            });
        }

        String next() throws InterruptedException {
            last = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (last == null) {
                throw new AssertionError("the client sent nothing");
            }
            return last;
        }

        String nextMatching(String fragment) throws InterruptedException {
            while (!next().contains(fragment)) {
                // acks and the like
            }
            return last;
        }

        String lastId() {
            return last.replaceAll(".*\"id\":\"([^\"]*)\".*", "$1");
        }

        void send(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
