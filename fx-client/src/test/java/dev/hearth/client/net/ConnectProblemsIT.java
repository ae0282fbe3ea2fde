package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.EventLog;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Who;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a relay sends a first connection, over real sockets: a failure says why in a way the UI can
 * put into words; a line within the client's limit, however long, is read.
 */
class ConnectProblemsIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SOME_PIN = "sha256:" + "A".repeat(43);
    private static final String WELCOME = "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\","
            + "\"session\":\"JCGXf-ITkhKr7QszaxaseofBb75ALzpMi1hqDKsd_EM\",\"relay\":\"hearth-relay/1.0.0\",\"motd\":\"hi\","
            + "\"rooms\":[],\"roomCount\":0,\"limits\":{\"maxFrame\":4194304,\"maxText\":4000,\"ratePerSecond\":5,"
            + "\"burst\":20,\"maxFile\":0,\"chunk\":32768},\"features\":[]}\n";

    @TempDir
    Path config;
    private final EventLog events = new EventLog();
    private RelayClient client;
    private ServerSocket server;

    @AfterEach
    void close() throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void nothingListeningIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        assertEquals(ProblemCause.REFUSED, firstProblem(new RelayAddress("127.0.0.1", closedPort, false)).cause());
    }

    @Test
    void somethingThatDoesNotSpeakTlsFailsTheHandshake() throws IOException {
        serve(socket -> write(socket, "SSH-2.0-OpenSSH_9.6\r\n"));
        assertEquals(ProblemCause.TLS_FAILED, firstProblem(new RelayAddress("127.0.0.1", server.getLocalPort(), true)).cause());
    }

    @Test
    void aRelayThatHangsUpAfterTheHelloClosedTheConnection() throws IOException {
        serve(socket -> readLine(socket));
        assertEquals(ProblemCause.CLOSED, firstProblem(new RelayAddress("127.0.0.1", server.getLocalPort(), false)).cause());
    }

    @Test
    void anEndlessLineIsUnreadable() throws IOException {
        serve(socket -> write(socket, "x".repeat(RelayConnection.MAX_INBOUND_FRAME + 1)));
        ClientEvent.Problem problem = firstProblem(new RelayAddress("127.0.0.1", server.getLocalPort(), false));
        assertEquals(ProblemCause.UNREADABLE, problem.cause());
    }

    /**
     * The other side of that limit: a relay set for thousands of people in one room sends member
     * lists over a megabyte (its frame limit may be up to 16 MiB). A real relay would need
     * thousands of sessions for one.
     */
    @Test
    void aMemberListOverAMegabyteIsRead() throws IOException {
        int count = 150_000;
        String members = IntStream.range(0, count).mapToObj(i -> "\"friend" + i + "\"").collect(Collectors.joining(","));
        String line = "{\"type\":\"who\",\"room\":\"lobby\",\"members\":[" + members + "],\"n\":1}\n";
        assertTrue(line.length() > 1 << 20, () -> line.length() + " bytes");

        Who who = receivedAfterWelcome(line, Who.class);

        assertEquals(count, who.members().size());
        assertEquals("friend149999", who.members().getLast());
    }

    /** A relay that allows long texts (a --max-text over 65,536) sends strings that long. */
    @Test
    void aMessageWithATextOverSixtyFourThousandCharactersIsRead() throws IOException {
        String text = "長".repeat(100_000);
        String line = "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"ts\":\"2026-12-07T02:00:00.000Z\","
                + "\"from\":\"bob\",\"text\":\"" + text + "\",\"n\":1}\n";

        assertEquals(text, receivedAfterWelcome(line, Message.class).text());
    }

    private ClientEvent.Problem firstProblem(RelayAddress address) {
        connect(address);
        return events.await(ClientEvent.Problem.class, WAIT);
    }

    /** A relay that answers the hello with a welcome, then sends {@code line}: what the client made of it. */
    private <T extends Envelope> T receivedAfterWelcome(String line, Class<T> type) throws IOException {
        serve(socket -> {
            readLine(socket);
            write(socket, WELCOME + line);
        });
        connect(new RelayAddress("127.0.0.1", server.getLocalPort(), false));
        return type.cast(events.await(ClientEvent.Received.class, r -> type.isInstance(r.envelope()), WAIT).envelope());
    }

    private void connect(RelayAddress address) {
        client = new RelayClient(ClientOptions.defaults(), new KnownRelaysFile(config), events);
        client.connect(new ConnectRequest(address, address.tls() ? SOME_PIN : null, "alice", null));
    }

    /** Accepts connections on loopback and treats each with {@code script}, then hangs up. */
    private void serve(Consumer<Socket> script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    script.accept(socket);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void write(Socket socket, String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            socket.getInputStream().readAllBytes();
        } catch (IOException gone) {
            // The client hung up first; that is what it should do.
        }
    }

    private static void readLine(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                // up to the end of the hello
            }
        } catch (IOException gone) {
            // nothing more to read
        }
    }
}
