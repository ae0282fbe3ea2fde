package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.net.OpenSslClient.Transcript;
import dev.hearth.relay.tls.RelayIdentity;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relay agrees only to cheap key exchanges, whatever the client offers: openssl s_client
 * offering a single group either gets a working relay or a failed handshake.
 */
class TlsGroupsIT {

    private static final String PING = "{\"type\":\"ping\"}";
    private static final String PONG = "{\"type\":\"pong\"}";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    private Relay relay;

    @BeforeAll
    static void needsOpenSsl() {
        assumeTrue(OpenSslClient.available(), "openssl is not installed");
    }

    @BeforeEach
    void startRelay() throws Exception {
        RelayIdentity identity = RelayIdentity.loadOrCreate(dataDir);
        relay = Relay.start(RelayConfig.builder().port(0).bind(InetAddress.getLoopbackAddress())
                .tls(identity.serverContext()).build());
    }

    @AfterEach
    void stopRelay() {
        relay.shutdown();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffdhe8192", "ffdhe2048", "secp384r1"})
    void clientOfferingOnlyAnExpensiveOrUnlistedGroupFailsTheHandshake(String group) throws Exception {
        Transcript s = OpenSslClient.talk(relay.port(), group, PING, line -> line.contains(PONG), TIMEOUT);

        assertTrue(s.exitedByItself(), () -> "s_client still connected: " + s.lines());
        assertNotEquals(0, s.exitCode(), () -> String.join("\n", s.lines()));
        assertFalse(s.shows("CONNECTION ESTABLISHED"), () -> String.join("\n", s.lines()));
        assertFalse(s.shows(PONG), () -> String.join("\n", s.lines()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "X25519 | Server Temp Key: X25519",
        "P-256  | Server Temp Key: ECDH, prime256v1"
    })
    void clientOfferingX25519OrP256IsServed(String group, String negotiated) throws Exception {
        Transcript s = OpenSslClient.talk(relay.port(), group, PING, line -> line.contains(PONG), TIMEOUT);

        assertTrue(s.shows("Protocol version: TLSv1.3"), () -> String.join("\n", s.lines()));
        assertTrue(s.shows(negotiated), () -> String.join("\n", s.lines()));
        assertTrue(s.shows(PONG), () -> String.join("\n", s.lines()));
    }
}
