package dev.hearth.installers.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.protocol.Fingerprint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A friend's connection as the client makes it: TLS 1.3, trusting only the invite's fingerprint. */
final class PinnedClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private PinnedClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    static PinnedClient connect(int port, String fingerprint) throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, new TrustManager[] {new Pinned(fingerprint)}, null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(15_000);
        socket.startHandshake();
        return new PinnedClient(socket);
    }

    void send(Object... namesAndValues) throws IOException {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
            }
        }
        out.write((JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads envelopes until one of {@code type} arrives. */
    JsonNode await(String type) throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("connection closed before a " + type + " arrived");
            }
            JsonNode envelope = JSON.readTree(line);
            if (type.equals(envelope.path("type").asText())) {
                return envelope;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private record Pinned(String fingerprint) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain.length == 0 || !fingerprint.equals(Fingerprint.of(chain[0].getPublicKey()))) {
                throw new CertificateException("not the relay the invite names");
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a client never trusts clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
