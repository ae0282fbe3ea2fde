package dev.hearth.relay.cli;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns checked options into a running relay: password, identity, configuration, start, the
 * listening line, then the {@link RelayLifecycle}. Fails with {@link UsageException} before it
 * touches anything on disk, and with {@link StartupException} when the machine says no.
 */
final class RelayLauncher {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final RelayLifecycle lifecycle;
    private final Supplier<String> machineName;

    RelayLauncher(PrintWriter out, PrintWriter err, Map<String, String> env, RelayLifecycle lifecycle,
            Supplier<String> machineName) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.lifecycle = lifecycle;
        this.machineName = machineName;
    }

    void launch(RelayOptions options) throws UsageException, StartupException {
        options.validate();
        String password = PasswordSource.resolve(options.access.passwordFile, env).orElse(null);
        if (options.access.inviteWithPassword && password == null) {
            throw new UsageException("--invite-with-password needs a password (--password-file or "
                    + PasswordSource.ENV + ")");
        }
        String inviteHost = InviteHostName.choose(options.network.publicHost, options.network.bind, machineName);
        RelayConfig config = config(options, password);
        RelayIdentity identity = options.access.plaintext ? null : identity(options.dataDir(env));
        Relay relay = start(identity == null ? config : config.toBuilder().tls(identity.serverContext()).build());
        String invitePassword = options.access.inviteWithPassword ? password : null;
        lifecycle.run(relay, () -> announce(relay, identity, inviteHost, invitePassword, password != null));
    }

    private static RelayIdentity identity(Path dataDir) throws StartupException {
        try {
            return RelayIdentity.loadOrCreate(dataDir);
        } catch (IOException e) {
            throw new StartupException("cannot use data directory: " + IoMessages.describe(null, e), e);
        }
    }

    /** Built before the identity so that a configuration the core rejects never touches the disk. */
    private static RelayConfig config(RelayOptions options, String password) throws UsageException {
        try {
            return options.toConfig(password, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Relay start(RelayConfig config) throws StartupException {
        try {
            return Relay.start(config);
        } catch (IOException e) {
            InetSocketAddress address = config.bind() == null ? new InetSocketAddress(config.port())
                    : new InetSocketAddress(config.bind(), config.port());
            throw new StartupException("cannot listen on " + ListeningLine.hostAndPort(address) + ": "
                    + IoMessages.describe(null, e), e);
        }
    }

    private void announce(Relay relay, RelayIdentity identity, String host, String invitePassword, boolean hasPassword) {
        int port = relay.port();
        Invite invite = identity == null ? Invite.plaintext(host, port, invitePassword)
                : Invite.tls(host, port, identity.fingerprint(), invitePassword);
        out.println(ListeningLine.format(Version.current(), relay.localAddress(),
                identity == null ? null : identity.fingerprint(), invite));
        out.flush();
        if (!hasPassword) {
            err.println("hearth-relay: warning: no password set; anyone who can reach port " + port
                    + " can join (use --password-file or " + PasswordSource.ENV + ")");
        } else if (identity == null) {
            err.println("hearth-relay: warning: --plaintext sends the password and all messages unencrypted");
        }
        err.flush();
    }
}
