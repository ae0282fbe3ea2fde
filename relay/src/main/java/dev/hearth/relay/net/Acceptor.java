package dev.hearth.relay.net;

import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.routing.Router;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The accept loop, on one named platform thread: admits each connection against the caps and
 * gives it a virtual reader thread. Refused connections still get a thread, to tell the peer why.
 */
final class Acceptor implements Runnable {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final ServerSocket server;
    private final RelayConfig config;
    private final EnvelopeCodec codec;
    private final Router router;
    private final ConnectionRegistry registry;

    Acceptor(ServerSocket server, RelayConfig config, EnvelopeCodec codec, Router router, ConnectionRegistry registry) {
        this.server = server;
        this.config = config;
        this.codec = codec;
        this.router = router;
        this.registry = registry;
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
        ErrorCode refusal = registry.admit(raw.getInetAddress());
        Connection connection = new Connection(raw, config, codec, router, refusal);
        registry.track(connection);
        LOG.log(System.Logger.Level.INFO, "{0}: connected{1}", connection.label(),
                refusal == null ? "" : "; refused: " + refusal.wire());
        Thread.ofVirtual().name("hearth-read-" + connection.label()).start(() -> {
            try {
                connection.read();
            } finally {
                registry.untrack(connection);
                if (refusal == null) {
                    registry.release(connection.address());
                }
                LOG.log(System.Logger.Level.INFO, "{0}: disconnected", connection.label());
            }
        });
    }
}
