package dev.hearth.relay.net;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.routing.Router;
import dev.hearth.relay.session.Peer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** The network side of a relay: the listening socket, its accept thread, the connections and the watchdog. */
public final class Listener implements AutoCloseable {
    private static final long DRAIN_MILLIS = 2_000;

    private final ServerSocket server;
    private final Thread acceptThread;
    private final Router router;
    private final ConnectionRegistry registry;
    private final Watchdog watchdog;

    private Listener(ServerSocket server, Thread acceptThread, Router router, ConnectionRegistry registry, Watchdog watchdog) {
        this.server = server;
        this.acceptThread = acceptThread;
        this.router = router;
        this.registry = registry;
        this.watchdog = watchdog;
    }

    /** Binds, then starts accepting on a thread named {@code hearth-accept}. */
    public static Listener open(RelayConfig config, EnvelopeCodec codec, Router router) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(config.bind(), config.port()), 128);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        ConnectionRegistry registry = new ConnectionRegistry(config.maxConnections(), config.maxConnectionsPerAddress());
        Watchdog watchdog = new Watchdog(config, registry, router);
        Thread acceptThread = Thread.ofPlatform().name("hearth-accept").daemon()
                .start(new Acceptor(server, config, codec, router, registry));
        return new Listener(server, acceptThread, router, registry, watchdog);
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** Stops accepting, tells every connection {@code shutting-down}, waits briefly for the words to leave. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Nothing to do: the socket is closing either way.
        }
        // A close() racing an accept() in progress lets that accept finish first (and the port keeps
        // listening until it has): wait for the accept thread, so the port is shut when we return
        // and a connection it took at the last moment is among those told shutting-down.
        try {
            acceptThread.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Connection> live = registry.live();
        router.shutdown(List.<Peer>copyOf(live));
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while (!registry.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        registry.live().forEach(Connection::close);
        watchdog.close();
    }
}
