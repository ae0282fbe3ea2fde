package dev.hearth.relay;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A running relay: listening socket, sessions, rooms. Start one with {@link #start}; it serves
 * until {@link #shutdown}.
 */
public final class Relay implements AutoCloseable {

    private Relay() {}

    /** Binds and starts accepting; returns once the port is open. */
    public static Relay start(RelayConfig config) throws IOException {
        throw new UnsupportedOperationException("relay core not written yet");
    }

    /** The bound address; the real port when configured with port 0. */
    public InetSocketAddress localAddress() {
        throw new UnsupportedOperationException();
    }

    public int port() {
        return localAddress().getPort();
    }

    /** Tells every connection {@code shutting-down}, closes them and the listener. Idempotent. */
    public void shutdown() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        shutdown();
    }
}
