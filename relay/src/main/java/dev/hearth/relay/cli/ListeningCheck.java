package dev.hearth.relay.cli;

import dev.hearth.protocol.Fingerprint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Whether a relay answers on the port, and with which key: {@code doctor} connects as a client
 * would and takes whatever certificate is shown, only to compare its fingerprint with the data
 * directory's. Nothing is sent after the handshake.
 */
final class ListeningCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** What answered on the port. */
    sealed interface Answer {
        /** A TLS 1.3 relay showed the key with {@code fingerprint}. */
        record Tls(String fingerprint) implements Answer {}

        /** Something accepted the connection; the relay runs {@code --plaintext}, so no key to compare. */
        record Plain() implements Answer {}

        /** Nothing answered, or not TLS 1.3: {@code reason} in words. */
        record Nothing(String reason) implements Answer {}
    }

    private ListeningCheck() {}

    static Answer at(InetAddress host, int port, boolean plaintext) {
        InetSocketAddress target = new InetSocketAddress(host, port);
        try (Socket socket = new Socket()) {
            socket.connect(target, (int) TIMEOUT.toMillis());
            if (plaintext) {
                return new Answer.Plain();
            }
            AtomicReference<String> shown = new AtomicReference<>();
            try (SSLSocket tls = (SSLSocket) context(shown).getSocketFactory()
                    .createSocket(socket, host.getHostAddress(), port, false)) {
                tls.setSoTimeout((int) TIMEOUT.toMillis());
                tls.setEnabledProtocols(new String[] {"TLSv1.3"});
                tls.startHandshake();
                return new Answer.Tls(shown.get());
            }
        } catch (IOException e) {
            return new Answer.Nothing(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static SSLContext context(AtomicReference<String> shown) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {new Recording(shown)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS 1.3 is not available: " + e.getMessage(), e);
        }
    }

    /** Accepts any key and keeps its fingerprint: the comparison is the doctor's, not the handshake's. */
    private record Recording(AtomicReference<String> shown) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            if (chain != null && chain.length > 0) {
                shown.set(Fingerprint.of(chain[0].getPublicKey()));
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
