package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A raw protocol client for integration tests: writes JSON lines exactly as given and parses what
 * the relay sends with a plain Jackson mapper, independent of the relay's own codec.
 */
public final class TestClient implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode END = JSON.createObjectNode().put("type", "<end of stream>");

    /** The TCP connection; closing it is a dropped connection, even under TLS (no close_notify). */
    private final Socket tcp;
    /** What the protocol's lines travel over: {@link #tcp} itself, or a TLS socket on top of it. */
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private volatile long lastN;

    private TestClient(Socket tcp, Socket socket) throws IOException {
        this.tcp = tcp;
        this.socket = socket;
        this.out = socket.getOutputStream();
        Thread.ofVirtual().name("test-client-reader").start(this::readLoop);
    }

    /** A connection over the transport the suite runs with ({@link TestTransport}); for protocol behaviour. */
    public static TestClient connect(int port) throws IOException {
        return connectFrom(null, port);
    }

    /**
     * Like {@link #connect}, from a chosen local address (e.g. 127.0.0.2), for per-address rules;
     * null for any.
     */
    public static TestClient connectFrom(InetAddress local, int port) throws IOException {
        Socket tcp = tcp(local, port);
        return new TestClient(tcp, TestTransport.secure(tcp));
    }

    private static Socket tcp(InetAddress local, int port) throws IOException {
        Socket socket = new Socket();
        try {
            // Like the desktop client: otherwise Nagle holds back the last TLS record of a long line.
            socket.setTcpNoDelay(true);
            if (local != null) {
                socket.bind(new InetSocketAddress(local, 0));
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /**
     * One JSON object from alternating names and values, rendered by Jackson (strings escaped,
     * numbers and booleans as such, lists as arrays). A null value leaves the field out.
     */
    public static String json(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
            }
        }
        return node.toString();
    }

    /** Sends {@link #json} of the given names and values as one line. */
    public TestClient request(Object... namesAndValues) {
        return send(json(namesAndValues));
    }

    /** A TLS 1.3 connection with {@code context} whatever the suite's transport, for tests about TLS itself. */
    public static TestClient tls(int port, SSLContext context) throws IOException {
        Socket tcp = tcp(null, port);
        try {
            SSLSocket socket = (SSLSocket) context.getSocketFactory()
                    .createSocket(tcp, tcp.getInetAddress().getHostAddress(), port, true);
            socket.setEnabledProtocols(new String[] {"TLSv1.3"});
            socket.startHandshake();
            return new TestClient(tcp, socket);
        } catch (IOException e) {
            tcp.close();
            throw e;
        }
    }

    private void readLoop() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = JSON.readTree(line);
                if (node.has("n")) {
                    lastN = node.get("n").asLong();
                }
                received.add(node);
            }
        } catch (IOException e) {
            // The relay closed the connection, or the test did.
        } finally {
            received.add(END);
        }
    }

    public TestClient send(String json) {
        return sendRaw((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public TestClient sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("send failed: " + e.getMessage(), e);
        }
        return this;
    }

    /** A JSON string literal for {@code text}, for building request lines by hand. */
    public static String quote(String text) {
        return JSON.valueToTree(text).toString();
    }

    public TestClient say(String room, String text, String id) {
        return send("{\"type\":\"say\",\"room\":" + quote(room) + ",\"text\":" + quote(text)
                + (id == null ? "" : ",\"id\":" + quote(id)) + "}");
    }

    public TestClient dm(String to, String text, String id) {
        return send("{\"type\":\"dm\",\"to\":" + quote(to) + ",\"text\":" + quote(text)
                + (id == null ? "" : ",\"id\":" + quote(id)) + "}");
    }

    public TestClient ack(long n) {
        return send("{\"type\":\"ack\",\"n\":" + n + "}");
    }

    /** Asks to take over session {@code token}, having processed everything up to {@code last}. */
    public TestClient resume(String token, long last) {
        return send("{\"type\":\"hello\",\"v\":1,\"resume\":" + quote(token) + ",\"last\":" + last + "}");
    }

    /** Logs in with {@code nick} (and {@code password} if not null), returning the welcome. */
    public JsonNode login(String nick, String password) {
        String pw = password == null ? "" : ",\"password\":" + JSON.valueToTree(password);
        send("{\"type\":\"hello\",\"v\":1,\"nick\":" + JSON.valueToTree(nick) + pw + "}");
        JsonNode welcome = next();
        assertEquals("welcome", welcome.path("type").asText(), () -> "expected welcome, got " + welcome);
        return welcome;
    }

    public JsonNode login(String nick) {
        return login(nick, null);
    }

    /** Joins a room and returns the {@code joined} answer (backlog messages stay queued). */
    public JsonNode join(String room) {
        send("{\"type\":\"join\",\"room\":" + JSON.valueToTree(room) + "}");
        return next("joined");
    }

    /** Sends a fresh {@code hello} for {@code nick} and returns the first answer, whatever it is. */
    public JsonNode hello(String nick) {
        request("type", "hello", "v", 1, "nick", nick);
        return next();
    }

    /** The next envelope, whatever it is. Fails the test after {@link #WAIT}. */
    public JsonNode next() {
        return next(WAIT);
    }

    public JsonNode next(Duration wait) {
        try {
            JsonNode node = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(node, "nothing arrived within " + wait);
            return node;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next envelope of that type, skipping others. */
    public JsonNode next(String type) {
        return nextMatching(n -> type.equals(n.path("type").asText()), type);
    }

    public JsonNode nextMatching(Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode node = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (node == END) {
                fail("connection ended while waiting for " + what);
            }
            if (wanted.test(node)) {
                return node;
            }
        }
        return fail("no " + what + " within " + WAIT);
    }

    /** The next envelope must be an error with this code; returns it. */
    public JsonNode expectError(String code) {
        JsonNode node = next();
        assertEquals("error", node.path("type").asText(), () -> "expected error " + code + ", got " + node);
        assertEquals(code, node.path("code").asText(), () -> "wrong error: " + node);
        return node;
    }

    /** Nothing more arrives within {@code wait} (the connection may stay open). */
    public JsonNode poll(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails if anything arrives within {@code wait}; only for proving an absence, so keep it short. */
    public void expectNothing(Duration wait) {
        JsonNode node = poll(wait);
        if (node != null) {
            fail("expected nothing, got " + (node == END ? "the end of the stream" : node));
        }
    }

    /**
     * Everything still queued, up to the end of the stream, which must come within {@link #WAIT}:
     * what a client would still process after its connection broke.
     */
    public List<JsonNode> drainUntilEnd() {
        List<JsonNode> rest = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode node = poll(Duration.ofMillis(100));
            if (node == END) {
                return rest;
            }
            if (node != null) {
                rest.add(node);
            }
        }
        return fail("the stream did not end within " + WAIT);
    }

    /** Asserts that the relay closes the connection next, without sending anything more first. */
    public void expectClosedWithoutEnvelope() {
        JsonNode node = next();
        assertSame(END, node, () -> "expected the relay to close the connection, got " + node);
    }

    /** True when the relay closes the connection within {@link #WAIT}, skipping any envelopes before. */
    public boolean closedByRelay() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode node = poll(Duration.ofMillis(100));
            if (node == END) {
                return true;
            }
        }
        return false;
    }

    public static boolean isEnd(JsonNode node) {
        return node == END;
    }

    public long lastN() {
        return lastN;
    }

    /** Closes the TCP connection abruptly, like a dropped connection: over TLS too, no close_notify is sent. */
    @Override
    public void close() {
        try {
            tcp.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
