package dev.hearth.relay.bench;

import java.util.Objects;

/**
 * The relay under load: address, transport, and what lets the sessions in. Never printed with
 * its password.
 *
 * @param host        the relay's host
 * @param port        its port
 * @param tls         TLS 1.3 (the relay's default) or plaintext
 * @param fingerprint the {@code sha256:} key to pin over TLS; null trusts the key the relay shows
 *                    and reports it, for a relay of your own
 * @param password    the door password, or null for an open relay
 */
public record BenchTarget(String host, int port, boolean tls, String fingerprint, String password) {

    public BenchTarget {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535");
        }
        if (!tls && fingerprint != null) {
            throw new IllegalArgumentException("a fingerprint needs TLS: drop --plaintext or the fingerprint");
        }
    }

    @Override
    public String toString() {
        return "BenchTarget[" + host + ":" + port + (tls ? " TLS" : " plaintext") + (password == null ? "" : ", password=***")
                + "]";
    }
}
