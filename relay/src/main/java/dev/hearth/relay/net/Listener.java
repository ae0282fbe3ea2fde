package dev.hearth.relay.net;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.log.NetworkLog;
import dev.hearth.relay.routing.Router;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.PresenceFeeds;
import dev.hearth.relay.time.RelayTime;
import dev.hearth.relay.time.Scheduler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

/** The network side of a relay: the listening socket, its accept thread, the connections and the watchdog. */
public final class Listener implements AutoCloseable {
    private static final Duration DRAIN = Duration.ofSeconds(2);

    private final ServerSocket server;
    private final Thread acceptThread;
    private final Router router;
    private final ConnectionRegistry registry;
    private final Watchdog watchdog;
    private final Scheduler.Repeating presenceRounds;
    private final WriteRounds writeRounds;

    private Listener(ServerSocket server, Thread acceptThread, Router router, ConnectionRegistry registry, Watchdog watchdog,
            Scheduler.Repeating presenceRounds, WriteRounds writeRounds) {
        this.server = server;
        this.acceptThread = acceptThread;
        this.router = router;
        this.registry = registry;
        this.watchdog = watchdog;
        this.presenceRounds = presenceRounds;
        this.writeRounds = writeRounds;
    }

    /** Binds, then starts accepting on a thread named {@code hearth-accept}. */
    public static Listener open(RelayConfig config, EnvelopeCodec codec, Router router, RelayTime time) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(config.bind(), config.port()), 128);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        ConnectionRegistry registry = new ConnectionRegistry(config.maxConnectionsPerAddress(),
                config.maxConnectionsPerNetwork(), config.maxPendingConnections(), config.helloTimeout(),
                config.helloTimeoutUnderLoad());
        NetworkLog log = new NetworkLog(time.nanos());
        Watchdog watchdog = new Watchdog(config, registry, router, log, time.nanos(), time.scheduler());
        Scheduler.Repeating presenceRounds = time.scheduler().every(PresenceFeeds.EVERY, router::servePresence);
        WriteRounds writeRounds = new WriteRounds(time.scheduler());
        Thread acceptThread = Thread.ofPlatform().name("hearth-accept").daemon()
                .start(new Acceptor(server, config, codec, router, registry, new OutboundBudget(config.outboundBudget()),
                        writeRounds, log, time.nanos()));
        return new Listener(server, acceptThread, router, registry, watchdog, presenceRounds, writeRounds);
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** Connections that have not logged in yet, for tests and the operator's view. */
    public int pendingConnections() {
        return registry.pendingCount();
    }

    /** See {@link Router#changePassword}. */
    public int changePassword(String newPassword) {
        return router.changePassword(newPassword, List.<Peer>copyOf(registry.live()));
    }

    /** Stops accepting, tells every connection {@code shutting-down}, waits briefly for the words to leave. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Nothing to do: the socket is closing either way.
        }
        try {
            // A close() racing an accept() in progress lets that accept finish first (and the port
            // keeps listening until it has): wait for the accept thread, so the port is shut when we
            // return and a connection it took at the last moment is among those told shutting-down.
            acceptThread.join(DRAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        router.shutdown(List.<Peer>copyOf(registry.live()));
        try {
            registry.awaitEmpty(DRAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        registry.live().forEach(Connection::close);
        watchdog.close();
        presenceRounds.close();
        writeRounds.close();
    }
}
