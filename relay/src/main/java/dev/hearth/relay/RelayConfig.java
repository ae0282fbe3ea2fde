package dev.hearth.relay;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Everything a running relay is configured with. Defaults follow {@code docs/relay.md}; tests
 * start from {@link #defaults()} and change what they exercise.
 *
 * @param bind            address to listen on; null means every interface
 * @param port            TCP port; 0 picks a free one
 * @param tls             server TLS context, or null for plaintext
 * @param password        the door password, or null for an open relay
 * @param backlog         room messages kept in memory for joiners
 * @param grace           how long a dropped session stays resumable
 * @param maxFrame        longest line in bytes, newline included
 * @param maxText         longest say/dm text in code points
 * @param ratePerSecond   sustained say/dm rate per session
 * @param burst           say/dm burst per session
 * @param maxConnections  live connections on the whole relay
 * @param maxConnectionsPerAddress live connections from one remote address
 * @param helloTimeout    time a new connection has to log in
 * @param idlePing        silence after which the relay pings a connection
 * @param idleDrop        silence after which the relay drops a connection
 * @param outboxBytes     encoded envelopes queued for one connection before it is cut off
 * @param replayBytes     encoded envelopes a session keeps for resumption
 * @param authFailures    failed logins from one address within {@code authWindow} before it is throttled
 * @param authWindow      window in which failed logins are counted
 * @param authBan         how long a throttled address is refused
 */
public record RelayConfig(
        InetAddress bind,
        int port,
        SSLContext tls,
        String password,
        String motd,
        int backlog,
        Duration grace,
        int maxFrame,
        int maxText,
        int ratePerSecond,
        int burst,
        int maxConnections,
        int maxConnectionsPerAddress,
        Duration helloTimeout,
        Duration idlePing,
        Duration idleDrop,
        long outboxBytes,
        long replayBytes,
        int authFailures,
        Duration authWindow,
        Duration authBan) {

    public static final int DEFAULT_PORT = 7777;

    public RelayConfig {
        Objects.requireNonNull(motd, "motd");
        positive("backlog", backlog + 1);
        positive("maxFrame", maxFrame - 1);
        positive("maxText", maxText);
        positive("ratePerSecond", ratePerSecond);
        positive("burst", burst);
        positive("maxConnections", maxConnections);
        positive("maxConnectionsPerAddress", maxConnectionsPerAddress);
        positive("outboxBytes", outboxBytes);
        positive("replayBytes", replayBytes);
        positive("authFailures", authFailures);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        for (Duration d : new Duration[] {grace, helloTimeout, idlePing, idleDrop, authWindow, authBan}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must be present and not negative");
            }
        }
        if (idleDrop.compareTo(idlePing) <= 0) {
            throw new IllegalArgumentException("idleDrop must be longer than idlePing");
        }
    }

    /** The documented defaults: port 7777, no TLS context and no password until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change a few values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bind = bind;
        b.port = port;
        b.tls = tls;
        b.password = password;
        b.motd = motd;
        b.backlog = backlog;
        b.grace = grace;
        b.maxFrame = maxFrame;
        b.maxText = maxText;
        b.ratePerSecond = ratePerSecond;
        b.burst = burst;
        b.maxConnections = maxConnections;
        b.maxConnectionsPerAddress = maxConnectionsPerAddress;
        b.helloTimeout = helloTimeout;
        b.idlePing = idlePing;
        b.idleDrop = idleDrop;
        b.outboxBytes = outboxBytes;
        b.replayBytes = replayBytes;
        b.authFailures = authFailures;
        b.authWindow = authWindow;
        b.authBan = authBan;
        return b;
    }

    /** Mutable on purpose and confined to the thread that builds a configuration. */
    public static final class Builder {
        private InetAddress bind = null;
        private int port = DEFAULT_PORT;
        private SSLContext tls = null;
        private String password = null;
        private String motd = "Welcome to Hearth.";
        private int backlog = 100;
        private Duration grace = Duration.ofSeconds(120);
        private int maxFrame = 65_536;
        private int maxText = 4000;
        private int ratePerSecond = 5;
        private int burst = 20;
        private int maxConnections = 256;
        private int maxConnectionsPerAddress = 8;
        private Duration helloTimeout = Duration.ofSeconds(10);
        private Duration idlePing = Duration.ofSeconds(30);
        private Duration idleDrop = Duration.ofSeconds(90);
        private long outboxBytes = 1L << 20;
        private long replayBytes = 4L << 20;
        private int authFailures = 10;
        private Duration authWindow = Duration.ofSeconds(120);
        private Duration authBan = Duration.ofSeconds(300);

        private Builder() {}

        public Builder bind(InetAddress value) {
            this.bind = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder tls(SSLContext value) {
            this.tls = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        public Builder motd(String value) {
            this.motd = value;
            return this;
        }

        public Builder backlog(int value) {
            this.backlog = value;
            return this;
        }

        public Builder grace(Duration value) {
            this.grace = value;
            return this;
        }

        public Builder maxFrame(int value) {
            this.maxFrame = value;
            return this;
        }

        public Builder maxText(int value) {
            this.maxText = value;
            return this;
        }

        public Builder ratePerSecond(int value) {
            this.ratePerSecond = value;
            return this;
        }

        public Builder burst(int value) {
            this.burst = value;
            return this;
        }

        public Builder maxConnections(int value) {
            this.maxConnections = value;
            return this;
        }

        public Builder maxConnectionsPerAddress(int value) {
            this.maxConnectionsPerAddress = value;
            return this;
        }

        public Builder helloTimeout(Duration value) {
            this.helloTimeout = value;
            return this;
        }

        public Builder idlePing(Duration value) {
            this.idlePing = value;
            return this;
        }

        public Builder idleDrop(Duration value) {
            this.idleDrop = value;
            return this;
        }

        public Builder outboxBytes(long value) {
            this.outboxBytes = value;
            return this;
        }

        public Builder replayBytes(long value) {
            this.replayBytes = value;
            return this;
        }

        public Builder authFailures(int value) {
            this.authFailures = value;
            return this;
        }

        public Builder authWindow(Duration value) {
            this.authWindow = value;
            return this;
        }

        public Builder authBan(Duration value) {
            this.authBan = value;
            return this;
        }

        public RelayConfig build() {
            return new RelayConfig(bind, port, tls, password, motd, backlog, grace, maxFrame, maxText, ratePerSecond, burst, maxConnections, maxConnectionsPerAddress, helloTimeout, idlePing, idleDrop, outboxBytes, replayBytes, authFailures, authWindow, authBan);
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
