package dev.hearth.relay.cli;

import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.auth.GeneratedPassword;
import dev.hearth.relay.lan.Announcement;
import dev.hearth.relay.lan.InstanceName;
import dev.hearth.relay.lan.LanAnnouncer;
import dev.hearth.relay.reach.PortMapping;
import dev.hearth.relay.reach.PortMappingMode;
import dev.hearth.relay.time.Scheduler;
import dev.hearth.relay.time.ThreadScheduler;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Turns checked options into a running relay: password, identity, configuration, start, the
 * listening line, the watch on the password's file, then the {@link RelayLifecycle}. Fails with
 * {@link UsageException} before it writes anything to disk, and with {@link StartupException}
 * when the machine says no.
 */
final class RelayLauncher {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final RelayLifecycle lifecycle;
    private final Supplier<String> machineName;
    private final Scheduler watchScheduler;
    private final Scheduler renewalScheduler = new ThreadScheduler("hearth-port-mapping-renewal");
    private final Clock clock;

    RelayLauncher(PrintWriter out, PrintWriter err, Map<String, String> env, RelayLifecycle lifecycle,
            Supplier<String> machineName, Scheduler watchScheduler, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.lifecycle = lifecycle;
        this.machineName = machineName;
        this.watchScheduler = watchScheduler;
        this.clock = clock;
    }

    void launch(RelayOptions options) throws UsageException, StartupException {
        options.validate();
        Path dataDir = options.dataDir(env);
        PasswordChoice choice = PasswordChoice.of(options, env);
        PortMappingMode mapping = options.network.portMapping(env);
        String inviteHost = InviteHostName.choose(options.network.publicHost, options.network.bind, machineName);
        RelayConfig config = config(options);
        boolean lanAnnounce = options.lanAnnounce(env);
        RelayIdentity identity = options.access.plaintext ? null : RelayFiles.identity(dataDir);
        String password = password(choice, dataDir);
        Relay relay = start(config.toBuilder().password(password)
                .tls(identity == null ? null : identity.serverContext()).build());
        AtomicReference<InviteMaker> invites = new AtomicReference<>(new InviteMaker(inviteHost, relay.port(),
                identity == null ? null : identity.fingerprint(), choice.inInvite(options.access.inviteWithPassword)));
        AtomicReference<String> currentPassword = new AtomicReference<>(password);
        try (Scheduler.Repeating watch = watch(choice, currentPassword, relay, invites)) {
            lifecycle.run(relay, () -> {
                announce(relay, identity, invites.get(), password, choice);
                if (lanAnnounce) {
                    announceOnLan(relay, options.network.bind, inviteHost, identity, choice);
                }
                relay.closeWhenStopped(PortMapping.start(mapping, relay.port(),
                        Duration.ofSeconds(options.network.portMappingLease), renewalScheduler,
                        new ReachabilityReport(out, err, options.network.publicHost != null, relay.port(), invites,
                                currentPassword::get)));
            });
        }
    }

    /** Built before anything touches the disk, so a configuration the core rejects leaves no trace. */
    private static RelayConfig config(RelayOptions options) throws UsageException {
        try {
            return options.toConfig(null, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private String password(PasswordChoice choice, Path dataDir) throws StartupException {
        return switch (choice) {
            case PasswordChoice.Given given -> given.password();
            case PasswordChoice.Open open -> null;
            case PasswordChoice.Generated generated -> {
                GeneratedPassword.Loaded loaded = RelayFiles.generatedPassword(dataDir, clock);
                if (loaded.setAside() != null) {
                    err.println("hearth-relay: warning: " + generated.file() + " was damaged; it is now "
                            + loaded.setAside() + ", and the relay made a new password (old invites no longer"
                            + " work)");
                }
                yield loaded.password();
            }
        };
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

    /** A password that lives in a file is watched, so a new one takes effect without a restart. */
    private Scheduler.Repeating watch(PasswordChoice choice, AtomicReference<String> password, Relay relay,
            AtomicReference<InviteMaker> invites) {
        PasswordWatch.Source source = switch (choice) {
            case PasswordChoice.Given given when given.file() != null -> () -> PasswordSource.firstLine(given.file());
            case PasswordChoice.Generated generated -> () -> RelayFiles.readGeneratedPassword(generated.file());
            default -> null;
        };
        if (source == null) {
            return () -> { };
        }
        PasswordWatch watch = new PasswordWatch(password.get(), source, newPassword -> {
            relay.changePassword(newPassword);
            password.set(newPassword);
            InviteMaker maker = invites.get();
            out.println("hearth-relay " + Version.current() + " password changed"
                    + (maker.carriesPassword() ? "; invite " + maker.invite(newPassword).format() : ""));
            out.flush();
        }, err);
        return watchScheduler.every(PasswordWatch.PERIOD, watch);
    }

    /**
     * After the listening line, so nothing on the network points at a relay that is not there yet;
     * withdrawn when the relay stops, after everyone has been told {@code shutting-down}.
     *
     * @param bind the {@code --bind} address: a specific one is announced on its own interface
     */
    private void announceOnLan(Relay relay, InetAddress bind, String inviteHost, RelayIdentity identity,
            PasswordChoice choice) {
        Announcement announcement = new Announcement(InstanceName.of(inviteHost), relay.port(),
                identity == null ? null : identity.fingerprint(), !(choice instanceof PasswordChoice.Open));
        relay.closeWhenStopped(LanAnnouncer.start(announcement, bind == null || bind.isAnyLocalAddress() ? null : bind,
                line -> {
                    err.println("hearth-relay: " + line);
                    err.flush();
                }));
    }

    private void announce(Relay relay, RelayIdentity identity, InviteMaker invites, String password,
            PasswordChoice choice) {
        out.println(ListeningLine.format(Version.current(), relay.localAddress(),
                identity == null ? null : identity.fingerprint(), invites.invite(password)));
        out.flush();
        switch (choice) {
            case PasswordChoice.Open open -> err.println("hearth-relay: warning: --open: no password; anyone who"
                    + " can reach port " + relay.port() + " can join");
            case PasswordChoice.Generated generated -> err.println("hearth-relay: the invite carries the relay's"
                    + " password (kept in " + generated.file() + "): share it only with friends;"
                    + " hearth-relay password --new makes a new one");
            case PasswordChoice.Given given when invites.carriesPassword() -> err.println("hearth-relay: the invite"
                    + " carries your password: share it only with friends");
            case PasswordChoice.Given given -> err.println("hearth-relay: the invite does not carry the password:"
                    + " tell friends the password too (another way than the invite), or add --invite-with-password");
        }
        if (identity == null) {
            err.println("hearth-relay: warning: --plaintext sends the password and all messages unencrypted");
        }
        err.flush();
    }
}
