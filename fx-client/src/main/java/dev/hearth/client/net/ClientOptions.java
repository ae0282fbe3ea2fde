package dev.hearth.client.net;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link RelayClient} paces reconnects, acknowledgements and liveness checks. The defaults
 * follow the contract (ack at least every 50 envelopes or 5 s) and stay well inside the relay's
 * own 30 s ping / 90 s drop; tests shorten them with the withers. See {@link Keepalive}.
 *
 * @param clientName     sent in {@code hello} as {@code "client"}
 * @param backoffBase    first reconnect delay bound; doubles per failed attempt
 * @param backoffCap     the largest reconnect delay bound
 * @param connectTimeout TCP connect plus TLS handshake
 * @param ackEvery       send {@code ack} after this many envelopes...
 * @param ackAfter       ...or this long after the first unacknowledged one
 * @param pingAfter      send our own {@code ping} after this much silence from the relay
 * @param answerWithin   how long a ping, or the echo of a message written, may take before the link
 *                       counts as dead (a message unechoed this long is followed by a ping)
 * @param deadAfter      the read timeout: a backstop far beyond the two above
 */
public record ClientOptions(String clientName, Duration backoffBase, Duration backoffCap, Duration connectTimeout,
                            int ackEvery, Duration ackAfter, Duration pingAfter, Duration answerWithin,
                            Duration deadAfter) {

    public ClientOptions {
        Objects.requireNonNull(clientName, "clientName");
        if (ackEvery < 1 || ackEvery > 50) {
            throw new IllegalArgumentException("ackEvery must be 1 to 50 (the contract's bound)");
        }
        if (!pingAfter.plus(answerWithin).minus(deadAfter).isNegative()) {
            throw new IllegalArgumentException("pingAfter + answerWithin must be shorter than deadAfter");
        }
    }

    /**
     * A quiet relay is pinged after 12 s of silence (it pings us after 30 s), a ping or a
     * message's echo may take 5 s: a path that stops forwarding is noticed within 17 s, or 10 s
     * of sending into it. Reconnects back off to at most 5 s apart, so once the relay is
     * reachable again nobody waits longer than that.
     */
    public static ClientOptions defaults() {
        return new ClientOptions("hearth-fx/1.0", Duration.ofMillis(500), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 50, Duration.ofSeconds(5), Duration.ofSeconds(12), Duration.ofSeconds(5),
                Duration.ofSeconds(60));
    }

    public ClientOptions withBackoff(Duration base, Duration cap) {
        return new ClientOptions(clientName, base, cap, connectTimeout, ackEvery, ackAfter, pingAfter, answerWithin, deadAfter);
    }

    public ClientOptions withAck(int every, Duration after) {
        return new ClientOptions(clientName, backoffBase, backoffCap, connectTimeout, every, after, pingAfter, answerWithin,
                deadAfter);
    }

    public ClientOptions withLiveness(Duration ping, Duration answer) {
        return new ClientOptions(clientName, backoffBase, backoffCap, connectTimeout, ackEvery, ackAfter, ping, answer,
                deadAfter);
    }
}
