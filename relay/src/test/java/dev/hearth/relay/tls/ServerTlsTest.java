package dev.hearth.relay.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real TLS handshakes over loopback between {@link RelayIdentity#serverContext()} and a pinning client. */
class ServerTlsTest {

    @TempDir
    Path temp;

    private RelayIdentity identity;
    private ServerSocket listener;
    private final CompletableFuture<String> served = new CompletableFuture<>();
    private final ExecutorService serverThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void startServer() throws IOException {
        identity = RelayIdentity.loadOrCreate(temp);
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        SSLContext context = identity.serverContext();
        serverThread.execute(() -> serveOneLine(context));
    }

    @AfterEach
    void stopServer() throws IOException {
        listener.close();
        serverThread.shutdownNow();
    }

    @Test
    void pinnedClientNegotiatesTls13() throws Exception {
        try (SSLSocket client = connect(PinnedTrustManager.clientContext(identity.fingerprint(), "TLS"))) {
            client.startHandshake();

            assertEquals("TLSv1.3", client.getSession().getProtocol());
            OutputStream out = client.getOutputStream();
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("hello", served.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void clientOfferingOnlyTls12IsRefused() throws Exception {
        try (SSLSocket client = connect(PinnedTrustManager.clientContext(identity.fingerprint(), "TLS"))) {
            client.setEnabledProtocols(new String[] {"TLSv1.2"});

            assertThrows(SSLException.class, client::startHandshake);
        }
    }

    @Test
    void clientPinningAnotherFingerprintRefusesTheRelay() throws Exception {
        String other = RelayIdentity.loadOrCreate(temp.resolve("other")).fingerprint();
        try (SSLSocket client = connect(PinnedTrustManager.clientContext(other, "TLS"))) {
            assertThrows(SSLException.class, client::startHandshake);
        }
    }

    @Test
    void serverSocketEnablesOnlyTheHybridIfAvailableThenX25519ThenP256() throws Exception {
        SSLContext context = identity.serverContext();
        boolean hybrid = Arrays.stream(context.getSupportedSSLParameters().getNamedGroups())
                .anyMatch("X25519MLKEM768"::equalsIgnoreCase);
        List<String> expected =
                hybrid ? List.of("X25519MLKEM768", "x25519", "secp256r1") : List.of("x25519", "secp256r1");
        // Any connected socket will do: the parameters are set before the handshake, which never starts here.
        try (Socket raw = new Socket(listener.getInetAddress(), listener.getLocalPort());
             SSLSocket server = ServerTls.wrapServerSide(context, raw)) {

            assertEquals(expected, List.of(server.getSSLParameters().getNamedGroups()));
        }
    }

    @Test
    void theRelayAsksNoClientForACertificateSoItNeedsNoTrustManagers() throws Exception {
        try (Socket raw = new Socket(listener.getInetAddress(), listener.getLocalPort());
             SSLSocket server = ServerTls.wrapServerSide(identity.serverContext(), raw)) {

            assertFalse(server.getNeedClientAuth());
            assertFalse(server.getWantClientAuth());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x25519", "secp256r1"})
    void clientOfferingOnlyX25519OrP256IsServed(String group) throws Exception {
        try (SSLSocket client = connect(PinnedTrustManager.clientContext(identity.fingerprint(), "TLS"), group)) {
            OutputStream out = client.getOutputStream();
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
            out.flush();

            assertEquals("hello", served.get(10, TimeUnit.SECONDS));
        }
    }

    /** ffdhe8192 costs the relay over ten times the CPU of x25519 per handshake; the others are merely unneeded. */
    @ParameterizedTest
    @ValueSource(strings = {"ffdhe8192", "ffdhe2048", "secp384r1", "secp521r1", "x448"})
    void clientOfferingOnlyAnotherGroupIsRefused(String group) throws Exception {
        try (SSLSocket client = connect(PinnedTrustManager.clientContext(identity.fingerprint(), "TLS"), group)) {
            assertThrows(SSLException.class, client::startHandshake);
        }
    }

    private SSLSocket connect(SSLContext clientContext, String onlyGroup) throws IOException {
        SSLSocket client = connect(clientContext);
        SSLParameters parameters = client.getSSLParameters();
        parameters.setNamedGroups(new String[] {onlyGroup});
        client.setSSLParameters(parameters);
        return client;
    }

    private SSLSocket connect(SSLContext clientContext) throws IOException {
        return (SSLSocket) clientContext.getSocketFactory()
                .createSocket(listener.getInetAddress(), listener.getLocalPort());
    }

    /**
     * Runs on the test's server thread: accepts one connection, handshakes through ServerTls and
     * reports the first line before closing, because closing waits for the client's close_notify.
     */
    private void serveOneLine(SSLContext context) {
        try (Socket raw = listener.accept(); SSLSocket tls = ServerTls.wrapServerSide(context, raw)) {
            tls.setSoTimeout(10_000);
            served.complete(new BufferedReader(new InputStreamReader(tls.getInputStream(), StandardCharsets.UTF_8))
                    .readLine());
        } catch (IOException e) {
            served.complete("server failed: " + e);
        }
    }
}
