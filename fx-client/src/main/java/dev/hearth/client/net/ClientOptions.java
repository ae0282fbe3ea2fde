package dev.hearth.client.net;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link RelayClient} paces reconnects, acknowledgements and liveness checks. The defaults
 * follow the contract (ack at least every 50 envelopes or 5 s) and stay well inside the relay's
 * own 30 s ping / 90 s drop; tests shorten them with the withers.
 *
 * @param clientName     sent in {@code hello} as {@code "client"}
 * @param backoffBase    first reconnect delay bound; doubles per failed attempt
 * @param backoffCap     the largest reconnect delay bound
 * @param connectTimeout TCP connect plus TLS handshake
 * @param ackEvery       send {@code ack} after this many envelopes...
 * @param ackAfter       ...or this long after the first unacknowledged one
 * @param pingAfter      send our own {@code ping} after this much silence from the relay
 * @param deadAfter      give the connection up (and resume) after this much silence
 */
public record ClientOptions(String clientName, Duration backoffBase, Duration backoffCap, Duration connectTimeout,
                            int ackEvery, Duration ackAfter, Duration pingAfter, Duration deadAfter) {

    public ClientOptions {
        Objects.requireNonNull(clientName, "clientName");
        if (ackEvery < 1 || ackEvery > 50) {
            throw new IllegalArgumentException("ackEvery must be 1 to 50 (the contract's bound)");
        }
        if (!pingAfter.minus(deadAfter).isNegative()) {
            throw new IllegalArgumentException("pingAfter must be shorter than deadAfter");
        }
    }

    public static ClientOptions defaults() {
        return new ClientOptions("hearth-fx/1.0", Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(10), 50, Duration.ofSeconds(5), Duration.ofSeconds(25), Duration.ofSeconds(60));
    }

    public ClientOptions withBackoff(Duration base, Duration cap) {
        return new ClientOptions(clientName, base, cap, connectTimeout, ackEvery, ackAfter, pingAfter, deadAfter);
    }

    public ClientOptions withAck(int every, Duration after) {
        return new ClientOptions(clientName, backoffBase, backoffCap, connectTimeout, every, after, pingAfter, deadAfter);
    }

    public ClientOptions withLiveness(Duration ping, Duration dead) {
        return new ClientOptions(clientName, backoffBase, backoffCap, connectTimeout, ackEvery, ackAfter, ping, dead);
    }
}
