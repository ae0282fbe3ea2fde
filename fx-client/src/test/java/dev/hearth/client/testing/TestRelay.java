package dev.hearth.client.testing;

import dev.hearth.client.net.RelayAddress;
import dev.hearth.protocol.Invite;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A real relay started in-process on a free loopback port, plaintext or TLS with a fresh
 * identity, for tests that drive the client over real sockets.
 */
public final class TestRelay implements AutoCloseable {

    private final Relay relay;
    private final RelayIdentity identity;

    private TestRelay(Relay relay, RelayIdentity identity) {
        this.relay = relay;
        this.identity = identity;
    }

    public static TestRelay plaintext(UnaryOperator<RelayConfig.Builder> settings) {
        return start(null, settings);
    }

    /** TLS with a new identity made in {@code dataDir} (reused when the directory already holds one). */
    public static TestRelay tls(Path dataDir, UnaryOperator<RelayConfig.Builder> settings) {
        try {
            return start(RelayIdentity.loadOrCreate(dataDir), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestRelay tls(UnaryOperator<RelayConfig.Builder> settings) {
        try {
            return tls(Files.createTempDirectory("hearth-test-relay"), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestRelay start(RelayIdentity identity, UnaryOperator<RelayConfig.Builder> settings) {
        RelayConfig.Builder builder = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0);
        if (identity != null) {
            builder.tls(identity.serverContext());
        }
        try {
            return new TestRelay(Relay.start(settings.apply(builder).build()), identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return relay.port();
    }

    public boolean tls() {
        return identity != null;
    }

    /** The relay's {@code sha256:} fingerprint, or null when plaintext. */
    public String fingerprint() {
        return identity == null ? null : identity.fingerprint();
    }

    public RelayAddress address() {
        return new RelayAddress("127.0.0.1", port(), tls());
    }

    /** The invite a host would share, optionally with the password. */
    public String invite(String password) {
        Invite invite = tls()
                ? Invite.tls("127.0.0.1", port(), fingerprint(), password)
                : Invite.plaintext("127.0.0.1", port(), password);
        return invite.format();
    }

    @Override
    public void close() {
        relay.close();
    }
}
