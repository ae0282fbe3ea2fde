package dev.hearth.relay.net;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.log.NetworkLog;
import dev.hearth.relay.reach.AddressKind;
import dev.hearth.relay.routing.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.LongSupplier;

/**
 * The accept loop, on one named platform thread: admits each connection against the caps and
 * gives it a virtual reader thread. Refused connections still get a thread, to tell the peer why.
 * An {@link Error} is not caught: it ends the thread and reaches its uncaught-exception handler,
 * which in the relay process ends the process, since a relay that no longer accepts must not keep
 * its port.
 */
final class Acceptor implements Runnable {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final ServerSocket server;
    private final RelayConfig config;
    private final EnvelopeCodec codec;
    private final Router router;
    private final ConnectionRegistry registry;
    private final OutboundBudget budget;
    private final WriteRounds writeRounds;
    private final NetworkLog log;
    private final LongSupplier nanos;
    /** Only the accept thread reads and writes it. */
    private boolean reachedFromOutside;

    Acceptor(ServerSocket server, RelayConfig config, EnvelopeCodec codec, Router router, ConnectionRegistry registry,
            OutboundBudget budget, WriteRounds writeRounds, NetworkLog log, LongSupplier nanos) {
        this.server = server;
        this.config = config;
        this.codec = codec;
        this.router = router;
        this.registry = registry;
        this.budget = budget;
        this.writeRounds = writeRounds;
        this.log = log;
        this.nanos = nanos;
    }

    /**
     * Behind a router nobody can tell from inside whether friends get in; the first connection
     * from a public address proves it, so the host hears it once.
     */
    private void noteFirstFromOutside(InetAddress remote) {
        if (remote != null && !reachedFromOutside && AddressKind.isPublic(remote)) {
            reachedFromOutside = true;
            LOG.log(System.Logger.Level.INFO, "reached from outside: the first connection from a public address"
                    + " arrived (network {0}), so friends can get in", NetworkPrefix.of(remote));
        }
    }

    @Override
    public void run() {
        while (!server.isClosed()) {
            try {
                start(server.accept());
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed: {0}", e.getMessage());
                }
            }
        }
    }

    private void start(Socket raw) throws IOException {
        raw.setTcpNoDelay(true);
        noteFirstFromOutside(raw.getInetAddress());
        Connection connection = new Connection(raw, config, codec, router, registry, budget, writeRounds, log, nanos);
        boolean counted = switch (registry.admit(connection)) {
            case ConnectionRegistry.Admission.Admitted admitted -> {
                connection.admitted(admitted.loginDeadline());
                connection.log().info("connected");
                if (admitted.evicted() != null) {
                    admitted.evicted().log().info("closed without login to make way for a newer connection");
                    admitted.evicted().close();
                }
                yield true;
            }
            case ConnectionRegistry.Admission.Refused refused -> {
                connection.refused(refused.code());
                connection.log().info("connected; refused: " + refused.code().wire());
                yield false;
            }
        };
        registry.track(connection);
        Thread.ofVirtual().name("hearth-read-" + connection.label()).start(() -> {
            try {
                connection.read();
            } finally {
                if (counted) {
                    registry.release(connection);
                }
                registry.untrack(connection);
                connection.log().info("disconnected");
            }
        });
    }
}
