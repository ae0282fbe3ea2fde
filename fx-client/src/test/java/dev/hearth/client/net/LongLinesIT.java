package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.EventLog;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay set for thousands of people in one room sends member lists over a megabyte (its frame
 * limit may be up to 16 MiB), and one that allows long texts sends strings over 64 K characters;
 * the client reads both. A real relay needs thousands of sessions for such a list, so a scripted one on a real
 * socket sends these lines.
 */
class LongLinesIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int MEMBERS = 150_000;

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
    void aMemberListOverAMegabyteIsRead() throws IOException {
        String members = IntStream.range(0, MEMBERS).mapToObj(i -> "\"friend" + i + "\"").collect(Collectors.joining(","));
        String who = "{\"type\":\"who\",\"room\":\"lobby\",\"members\":[" + members + "],\"n\":1}\n";
        assertTrue(who.length() > 1 << 20, () -> who.length() + " bytes");
        serve(who);

        ClientEvent.Received received = events.await(ClientEvent.Received.class, r -> r.envelope() instanceof Who, WAIT);
        Who answer = (Who) received.envelope();
        assertEquals(MEMBERS, answer.members().size());
        assertEquals("friend149999", answer.members().getLast());
    }

    /** A relay set with a --max-text over 65,536 sends messages with strings that long. */
    @Test
    void aMessageWithATextOverSixtyFourThousandCharactersIsRead() throws IOException {
        String text = "長".repeat(100_000);
        serve("{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"ts\":\"2026-12-07T02:00:00.000Z\",\"from\":\"bob\","
                + "\"text\":\"" + text + "\",\"n\":1}\n");

        ClientEvent.Received received = events.await(ClientEvent.Received.class, r -> r.envelope() instanceof Message, WAIT);
        assertEquals(text, ((Message) received.envelope()).text());
    }

    /** Answers the hello with a welcome, then sends {@code line}, on a real socket on loopback. */
    private void serve(String line) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket socket = server.accept()) {
                readLine(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(welcome().getBytes(StandardCharsets.UTF_8));
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
                socket.getInputStream().readAllBytes();
            } catch (IOException closed) {
                // the test is over
            }
        });
        client = new RelayClient(ClientOptions.defaults(), new KnownRelaysFile(config), events);
        client.connect(new ConnectRequest(new RelayAddress("127.0.0.1", server.getLocalPort(), false), null, "alice", null));
    }

    private static String welcome() {
        return "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"JCGXf-ITkhKr7QszaxaseofBb75ALzpMi1hqDKsd_EM\","
                + "\"relay\":\"hearth-relay/1.0.0\",\"motd\":\"hi\",\"rooms\":[],\"roomCount\":0,\"limits\":{\"maxFrame\":4194304,"
                + "\"maxText\":4000,\"ratePerSecond\":5,\"burst\":20,\"maxFile\":0,\"chunk\":32768},\"features\":[]}\n";
    }

    private static void readLine(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            // up to the end of the hello
        }
    }
}
