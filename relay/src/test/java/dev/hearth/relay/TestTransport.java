package dev.hearth.relay;

import dev.hearth.relay.time.RelayTime;
import dev.hearth.relay.tls.PinnedTrustManager;
import dev.hearth.relay.tls.RelayIdentity;
import dev.hearth.relay.tls.ServerTls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The transport the integration tests run over, so that one suite covers both: plaintext by
 * default, TLS 1.3 to a pinned certificate with {@code -Dhearth.it.transport=tls} (the build's
 * {@code over-tls} failsafe execution). Relays started here and sockets secured here follow it;
 * tests about TLS itself use {@link TestClient#tls} instead.
 */
public final class TestTransport {
    private static final String PROPERTY = "hearth.it.transport";
    /** Where a child JVM finds the identity this JVM made, so that it serves the same pinned certificate. */
    private static final String IDENTITY_PROPERTY = "hearth.it.identity";
    private static final boolean TLS = switch (System.getProperty(PROPERTY, "plain")) {
        case "plain" -> false;
        case "tls" -> true;
        case String other -> throw new IllegalArgumentException(PROPERTY + " must be plain or tls, not " + other);
    };

    private TestTransport() {}

    public static String name() {
        return TLS ? "TLS 1.3" : "plaintext";
    }

    /** Starts a relay with {@code config}, serving the test identity over TLS in TLS mode. */
    public static Relay startRelay(RelayConfig config) throws IOException {
        return startRelay(config, RelayTime.system());
    }

    /** The same, on time the test moves itself. */
    public static Relay startRelay(RelayConfig config, RelayTime time) throws IOException {
        return Relay.start(TLS ? config.toBuilder().tls(Identity.INSTANCE.serverContext()).build() : config, time);
    }

    /**
     * In TLS mode, the client end of a TLS 1.3 connection over {@code tcp}, pinned to the test
     * identity, its handshake done, so that a relay's refusal or silence is seen as it would be in
     * plaintext and not mistaken for a failed handshake. Closing it closes {@code tcp}. In
     * plaintext, {@code tcp} itself.
     */
    public static Socket secure(Socket tcp) throws IOException {
        if (!TLS) {
            return tcp;
        }
        try {
            SSLSocket tls = (SSLSocket) Identity.PINNED.getSocketFactory()
                    .createSocket(tcp, tcp.getInetAddress().getHostAddress(), tcp.getPort(), true);
            tls.setEnabledProtocols(new String[] {"TLSv1.3"});
            tls.startHandshake();
            return tls;
        } catch (IOException e) {
            tcp.close();
            throw e;
        }
    }

    /**
     * A bare socket to the relay over the suite's transport, for tests that read its bytes
     * themselves; a small receive buffer makes a reader that stops back the relay up soon.
     */
    public static Socket connect(int port, int receiveBufferBytes) throws IOException {
        Socket tcp = new Socket();
        try {
            tcp.setReceiveBufferSize(receiveBufferBytes);
            tcp.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            tcp.close();
            throw e;
        }
        return secure(tcp);
    }

    /** JVM options that make a child JVM's {@link #startRelay} serve the same transport and identity. */
    public static List<String> childJvmOptions() {
        if (!TLS) {
            return List.of("-D" + PROPERTY + "=plain");
        }
        return List.of("-D" + PROPERTY + "=tls", "-D" + IDENTITY_PROPERTY + "=" + Identity.DIRECTORY);
    }

    /**
     * One handshake before any test's, so that the JVM loading its TLS code (~0.2 s) does not eat
     * into the first test's login or idle deadlines. Out here, not in {@link Identity}: the server
     * side's thread would otherwise wait for that class to finish initialising, which waits for it.
     */
    private static void warmUp(SSLContext serverContext) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
             Socket client = new Socket(loopback, server.getLocalPort());
             Socket accepted = server.accept()) {
            SSLSocket serverSide = ServerTls.wrapServerSide(serverContext, accepted);
            Thread handshake = Thread.ofVirtual().start(() -> {
                try {
                    serverSide.startHandshake();
                } catch (IOException e) {
                    // The client's handshake below fails too, and says why.
                }
            });
            secure(client);
            handshake.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Made on first use only, so that plaintext runs never create a key. */
    private static final class Identity {
        static final Path DIRECTORY = directory();
        static final RelayIdentity INSTANCE = load();
        static final SSLContext PINNED = pinned();

        static {
            warmUp(INSTANCE.serverContext());
        }

        private static Path directory() {
            String given = System.getProperty(IDENTITY_PROPERTY);
            if (given != null) {
                return Path.of(given);
            }
            try {
                Path dir = Files.createTempDirectory("hearth-it-identity");
                // deleteOnExit runs in reverse order: the files first, then their directory.
                dir.toFile().deleteOnExit();
                dir.resolve(RelayIdentity.KEY_FILE).toFile().deleteOnExit();
                dir.resolve(RelayIdentity.CERTIFICATE_FILE).toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static RelayIdentity load() {
            try {
                return RelayIdentity.loadOrCreate(DIRECTORY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static SSLContext pinned() {
            try {
                return PinnedTrustManager.clientContext(INSTANCE.fingerprint(), "TLS");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
