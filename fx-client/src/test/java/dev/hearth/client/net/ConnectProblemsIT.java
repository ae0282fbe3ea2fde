package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.EventLog;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first connection that fails says why in a way the UI can put into words, over real sockets. */
class ConnectProblemsIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SOME_PIN = "sha256:" + "A".repeat(43);

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

    private ClientEvent.Problem firstProblem(RelayAddress address) {
        client = new RelayClient(ClientOptions.defaults(), new KnownRelaysFile(config), events);
        client.connect(new ConnectRequest(address, address.tls() ? SOME_PIN : null, "alice", null));
        return events.await(ClientEvent.Problem.class, WAIT);
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
            out.write(text.getBytes(StandardCharsets.US_ASCII));
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
