package dev.hearth.relay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.relay.tls.PinnedTrustManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;

/** A bare protocol client for tests: TLS pinned to a fingerprint, one JSON envelope per line. */
final class LineClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final List<JsonNode> received = new ArrayList<>();

    private LineClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    static LineClient connectPinned(int port, String fingerprint) throws IOException, GeneralSecurityException {
        SSLSocket socket = (SSLSocket) PinnedTrustManager.clientContext(fingerprint, "TLSv1.3").getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        socket.startHandshake();
        return new LineClient(socket);
    }

    String protocol() {
        return socket.getSession().getProtocol();
    }

    void send(String jsonLine) throws IOException {
        out.write((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads envelopes until one of {@code type} arrives; fails on end of stream or the read timeout. */
    JsonNode await(String type) throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("connection closed before a " + type + " arrived; received " + received);
            }
            JsonNode envelope = JSON.readTree(line);
            received.add(envelope);
            if (type.equals(envelope.path("type").asText())) {
                return envelope;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
