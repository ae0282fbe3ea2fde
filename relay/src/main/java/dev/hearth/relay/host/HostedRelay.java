package dev.hearth.relay.host;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.auth.GeneratedPassword;
import dev.hearth.relay.lan.Announcement;
import dev.hearth.relay.lan.InstanceName;
import dev.hearth.relay.lan.LanAnnouncer;
import dev.hearth.relay.reach.MappingOutcome;
import dev.hearth.relay.reach.PortMapping;
import dev.hearth.relay.reach.Reachability;
import dev.hearth.relay.reach.AddressText;
import dev.hearth.relay.time.Scheduler;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A relay run by the desktop app for a group of friends: the same {@link Relay} as the command
 * line's, with TLS, a generated password, the router asked for the port and an announcement on the
 * local network. Key and password live in the data directory, so every start has the same
 * fingerprint and password and an invite given out once keeps working (as long as the address
 * and port stay the same).
 *
 * <p>{@link #start} blocks while it binds and, on the first start, while it makes the key (under
 * a second): call it off the UI thread. Events arrive on the port mapping's and the announcer's
 * own threads. {@link #stop} tells everyone {@code shutting-down}, then removes the mapping and
 * withdraws the announcement ({@link Relay#closeWhenStopped}). The password never appears in
 * {@link #toString} or in any event.
 */
public final class HostedRelay implements AutoCloseable {

    private final Relay relay;
    private final RelayIdentity identity;
    private final String password;
    private final String lanHost;
    private final AtomicReference<Invite> invite;

    private HostedRelay(Relay relay, RelayIdentity identity, String password, String lanHost) {
        this.relay = relay;
        this.identity = identity;
        this.password = password;
        this.lanHost = lanHost;
        this.invite = new AtomicReference<>(Invite.tls(lanHost, relay.port(), identity.fingerprint(), password));
    }

    /** Starts on this machine, with its addresses and name. */
    public static HostedRelay start(Path dataDir, HostOptions options, Clock clock, Scheduler renewals,
            Consumer<HostEvent> events) throws IOException {
        return start(dataDir, options, clock, renewals, ThisMachine.real(), events);
    }

    /**
     * @param dataDir where the key and the password are kept (made on first use, owner-only)
     * @param renewals runs the port mapping's renewals
     * @param events hears what happens after the start, on other threads
     * @throws IOException when the data directory cannot be used or no port can be bound
     */
    public static HostedRelay start(Path dataDir, HostOptions options, Clock clock, Scheduler renewals,
            ThisMachine machine, Consumer<HostEvent> events) throws IOException {
        Objects.requireNonNull(events, "events");
        RelayIdentity identity = RelayIdentity.loadOrCreate(dataDir);
        // A damaged password file is set aside and a new password made: old invites stop working,
        // which the new invite on screen makes plain.
        String password = GeneratedPassword.loadOrCreate(dataDir, clock).password();
        RelayConfig.Builder config = RelayConfig.builder().tls(identity.serverContext()).password(password);
        Relay relay;
        try {
            relay = Relay.start(config.port(options.port()).build());
        } catch (BindException taken) {
            if (options.port() == 0) {
                throw taken;
            }
            relay = Relay.start(config.port(0).build());
            events.accept(new HostEvent.PortTaken(options.port(), relay.port()));
        }
        HostedRelay hosted = new HostedRelay(relay, identity, password, LanAddress.choose(machine.addresses().get()));
        if (options.lanAnnounce()) {
            String name = machine.name().get();
            Announcement announcement = new Announcement(InstanceName.of(name == null ? hosted.lanHost : name),
                    relay.port(), identity.fingerprint(), true);
            relay.closeWhenStopped(LanAnnouncer.start(announcement, null, line -> events.accept(new HostEvent.Lan(line))));
        }
        relay.closeWhenStopped(PortMapping.start(options.portMapping(), relay.port(), options.lease(), renewals,
                hosted.new Reporter(events)));
        return hosted;
    }

    /** The invite to give friends: at the router's public address once it forwards the port, else on the local network. */
    public Invite invite() {
        return invite.get();
    }

    /** An invite for this computer itself ({@code localhost}): how the host joins their own group. */
    public Invite inviteHere() {
        return Invite.tls("localhost", relay.port(), identity.fingerprint(), password);
    }

    /** The relay's {@code sha256:} identity, the same on every start from the same data directory. */
    public String fingerprint() {
        return identity.fingerprint();
    }

    /** The door password the invite carries. Never log it. */
    public String password() {
        return password;
    }

    public int port() {
        return relay.port();
    }

    /** Everyone is told {@code shutting-down}; then the mapping is removed and the announcement withdrawn. Idempotent. */
    public void stop() {
        relay.shutdown();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "HostedRelay[port=" + relay.port() + ", " + identity.fingerprint() + "]";
    }

    /** Turns the mapping's reports into events, moving the invite to the public address when the router forwards it. */
    private final class Reporter implements PortMapping.Listener {
        private final Consumer<HostEvent> events;

        Reporter(Consumer<HostEvent> events) {
            this.events = events;
        }

        @Override
        public void outcome(MappingOutcome outcome) {
            events.accept(new HostEvent.Mapping(outcome));
        }

        @Override
        public void reachability(Reachability reachability) {
            Invite now = invite.get();
            HostEvent.Reach reach = new HostEvent.Reach(reachability, relay.port(), now);
            if (reach.reachableFromOutside()) {
                now = Invite.tls(AddressText.of(reachability.external()), reachability.port(), identity.fingerprint(),
                        password);
                invite.set(now);
                reach = new HostEvent.Reach(reachability, relay.port(), now);
            }
            events.accept(reach);
        }
    }
}
