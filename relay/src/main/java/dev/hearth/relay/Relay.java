package dev.hearth.relay;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.net.Listener;
import dev.hearth.relay.routing.Router;
import dev.hearth.relay.time.RelayTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running relay: listening socket, sessions, rooms. Start one with {@link #start}; it serves
 * until {@link #shutdown}. Everything it holds lives in memory and is gone when it stops.
 */
public final class Relay implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final Listener listener;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<AutoCloseable> alongside = new CopyOnWriteArrayList<>();

    private Relay(Listener listener) {
        this.listener = listener;
    }

    /** Binds and starts accepting on the machine's clocks; returns once the port is open. */
    public static Relay start(RelayConfig config) throws IOException {
        return start(config, RelayTime.system());
    }

    /** Binds and starts accepting, on {@code time}'s clocks and scheduler; returns once the port is open. */
    public static Relay start(RelayConfig config, RelayTime time) throws IOException {
        EnvelopeCodec codec = new EnvelopeCodec(config.maxFrame());
        Router router = new Router(config, codec, time.wall(), time.nanos());
        Relay relay = new Relay(Listener.open(config, codec, router, time));
        // The one "listening on" line is the CLI's, on stdout; the log says it in other words.
        LOG.log(System.Logger.Level.INFO, "relay {0} accepting connections on port {1} ({2})", RelayVersion.VERSION,
                String.valueOf(relay.port()), config.tls() == null ? "plaintext" : "TLS 1.3");
        return relay;
    }

    /** The bound address; the real port when configured with port 0. */
    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    public int port() {
        return localAddress().getPort();
    }

    /** Connections that have not logged in yet. */
    public int pendingConnections() {
        return listener.pendingConnections();
    }

    /**
     * From now on logins need {@code newPassword}; everyone logged in with the old one gets
     * {@code auth-failed} and their sessions end. The same password again changes nothing.
     */
    public void changePassword(String newPassword) {
        if (newPassword == null || newPassword.isEmpty()) {
            throw new IllegalArgumentException("a relay's password cannot be changed to none");
        }
        int ended = listener.changePassword(newPassword);
        if (ended >= 0) {
            LOG.log(System.Logger.Level.INFO, "password changed; {0} sessions ended", String.valueOf(ended));
        }
    }

    /**
     * Ties {@code service} (the port mapping, the LAN announcement) to the relay's life: it is
     * closed once everyone has been told {@code shutting-down}, whoever stops the relay.
     */
    public void closeWhenStopped(AutoCloseable service) {
        alongside.add(service);
        if (stopped.get() && alongside.remove(service)) {
            closeQuietly(service);
        }
    }

    /** Tells every connection {@code shutting-down}, closes them and the listener. Idempotent. */
    public void shutdown() {
        if (stopped.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.INFO, "shutting down");
            listener.close();
            for (AutoCloseable service : List.copyOf(alongside).reversed()) {
                if (alongside.remove(service)) {
                    closeQuietly(service);
                }
            }
        }
    }

    private static void closeQuietly(AutoCloseable service) {
        try {
            service.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "stopping {0} failed: {1}", service.getClass().getSimpleName(),
                    e.getClass().getName());
        }
    }

    @Override
    public void close() {
        shutdown();
    }
}
