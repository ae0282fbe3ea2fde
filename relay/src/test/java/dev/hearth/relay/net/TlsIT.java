package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.tls.PinnedTrustManager;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay's default transport: TLS 1.3 to a pinned self-signed identity. */
class TlsIT {
    private static final String PASSWORD = "hunter2 密码";

    @TempDir
    Path dataDir;
    private RelayIdentity identity;
    private Relay relay;
    private SSLContext pinned;

    @BeforeEach
    void startRelay() throws Exception {
        identity = RelayIdentity.loadOrCreate(dataDir);
        relay = Relay.start(RelayConfig.builder().port(0).bind(InetAddress.getLoopbackAddress())
                .tls(identity.serverContext()).password(PASSWORD)
                .outboxBytes(64 * 1024).replayBytes(64 * 1024).maxText(10_000).maxFile(0).ratePerSecond(1000).burst(1000)
                .build());
        pinned = PinnedTrustManager.clientContext(identity.fingerprint(), "TLS");
    }

    @AfterEach
    void stopRelay() {
        relay.shutdown();
    }

    @Test
    void pinnedClientsLogInTalkAndDirectMessageOverTls13() throws Exception {
        try (TestClient alice = TestClient.tls(relay.port(), pinned);
             TestClient bob = TestClient.tls(relay.port(), pinned)) {
            alice.login("alice", PASSWORD);
            bob.login("小明", PASSWORD);
            alice.join("lobby");
            bob.join("lobby");
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"over tls 😀\",\"id\":\"a1\"}");
            assertEquals("over tls 😀", bob.next("message").get("text").asText());
            bob.send("{\"type\":\"dm\",\"to\":\"ALICE\",\"text\":\"psst\",\"id\":\"b1\"}");
            JsonNode dm = alice.next("dm");
            assertEquals("小明", dm.get("from").asText());
            assertEquals("alice", dm.get("to").asText());
            assertEquals("b1", dm.get("id").asText());
        }
        try (SSLSocket socket = connect(pinned)) {
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
        }
    }

    @Test
    void aClientPinnedToAnotherFingerprintNeverCompletesTheHandshake() throws Exception {
        SSLContext wrongPin = PinnedTrustManager.clientContext("sha256:" + "A".repeat(43), "TLS");
        assertThrows(SSLException.class, () -> connect(wrongPin).close());
    }

    @Test
    void tls12IsRefused() throws Exception {
        SSLContext tls12 = PinnedTrustManager.clientContext(identity.fingerprint(), "TLSv1.2");
        assertThrows(SSLException.class, () -> {
            try (SSLSocket socket = (SSLSocket) tls12.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.port()));
                socket.setEnabledProtocols(new String[] {"TLSv1.2"});
                socket.startHandshake();
            }
        });
    }

    @Test
    void wrongPasswordIsFatalOverTls() throws Exception {
        try (TestClient eve = TestClient.tls(relay.port(), pinned)) {
            eve.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"eve\",\"password\":\"guess\"}");
            assertTrue(eve.expectError("auth-failed").get("fatal").asBoolean());
            assertTrue(eve.closedByRelay());
        }
    }

    @Test
    void resumesAfterAnAbruptCloseWithNothingLostOrRepeated() throws Exception {
        try (TestClient bob = TestClient.tls(relay.port(), pinned)) {
            TestClient alice = TestClient.tls(relay.port(), pinned);
            String token = alice.login("alice", PASSWORD).get("session").asText();
            bob.login("bob", PASSWORD);
            alice.join("lobby");
            bob.join("lobby");
            long seen = alice.next("presence").get("n").asLong();
            alice.close();
            for (int i = 1; i <= 3; i++) {
                bob.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"while away " + i + "\"}");
                bob.next("message");
            }
            try (TestClient back = TestClient.tls(relay.port(), pinned)) {
                back.send("{\"type\":\"hello\",\"v\":1,\"password\":\"" + PASSWORD + "\",\"resume\":\"" + token
                        + "\",\"last\":" + seen + "}");
                JsonNode welcome = back.next();
                assertEquals("welcome", welcome.get("type").asText());
                assertNull(welcome.get("n"));
                for (int i = 1; i <= 3; i++) {
                    JsonNode message = back.next();
                    assertEquals("while away " + i, message.get("text").asText());
                    assertEquals(seen + i, message.get("n").asLong());
                }
                assertNull(back.poll(Duration.ofMillis(200)), "nothing replayed twice");
            }
        }
    }

    @Test
    void badBytesGetAnErrorAndTheTlsConnectionKeepsServing() throws Exception {
        try (TestClient alice = TestClient.tls(relay.port(), pinned)) {
            alice.login("alice", PASSWORD);
            alice.sendRaw(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
            alice.expectError("bad-request");
            alice.send("{\"type\":\"ping\",\"id\":\"still-here\"}");
            assertEquals("still-here", alice.next("pong").get("id").asText());
            alice.sendRaw(("{\"type\":\"say\",\"text\":\"" + "x".repeat(70_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            assertTrue(alice.expectError("frame-too-large").get("fatal").asBoolean());
            assertTrue(alice.closedByRelay());
        }
    }

    @Test
    void aTlsReaderThatStopsReadingIsCutOffWhileOthersCarryOn() throws Exception {
        try (TestClient alice = TestClient.tls(relay.port(), pinned);
             TestClient bob = TestClient.tls(relay.port(), pinned);
             SSLSocket stalled = connect(pinned, 4096)) {
            OutputStream out = stalled.getOutputStream();
            out.write(("{\"type\":\"hello\",\"v\":1,\"nick\":\"stalled\",\"password\":\"" + PASSWORD + "\"}\n"
                    + "{\"type\":\"join\",\"room\":\"lobby\"}\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            alice.login("alice", PASSWORD);
            bob.login("bob", PASSWORD);
            alice.join("lobby");
            bob.join("lobby");
            String big = "y".repeat(10_000);
            for (int i = 0; i < 600; i++) { // ~6 MB through the room, far past the stalled reader's 64 KiB bound
                alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"" + big + "\",\"id\":\"m" + i + "\"}");
                assertEquals("m" + i, bob.next("message").get("id").asText());
                alice.next("message");
            }
            assertFalse(stillOpen(stalled), "the relay cut the stalled reader off");
        }
    }

    private SSLSocket connect(SSLContext context) throws IOException {
        return connect(context, 0);
    }

    private SSLSocket connect(SSLContext context, int receiveBuffer) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.port()));
        socket.startHandshake();
        return socket;
    }

    /** Drains what the relay managed to send; a cut connection ends in EOF or a reset. */
    private static boolean stillOpen(SSLSocket socket) throws IOException {
        socket.setSoTimeout(5_000);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (socket.getInputStream().read(buffer) >= 0) {
                // keep draining until the end
            }
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
