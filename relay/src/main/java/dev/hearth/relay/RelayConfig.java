package dev.hearth.relay;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Everything a running relay is configured with. Defaults are {@link RelayDefaults}'; tests start
 * from {@link #builder()} and change what they exercise. A configuration under which the relay
 * could have to send a line longer than its own frame limit is refused ({@link LineBudget}).
 *
 * @param bind                     address to listen on; null means every interface
 * @param port                     TCP port; 0 picks a free one
 * @param tls                      server TLS context, or null for plaintext
 * @param password                 the door password, or null for an open relay
 * @param motd                     message of the day in every welcome
 * @param backlog                  room messages kept in memory for joiners
 * @param backlogBudget            encoded backlog bytes of every room together
 * @param emptyRoomTtl             how long a room without members keeps its backlog
 * @param dmMemory                 direct messages between two people the relay knows the ids of (protocol 1.1)
 * @param maxFile                  largest file in bytes (protocol 1.1); 0 turns files off
 * @param fileMemory               bytes of files held at once, uploads under way counted at their full size
 * @param fileTtl                  how long a delivered file is held at most
 * @param maxRooms                 rooms on the relay
 * @param maxRoomsPerSession       rooms one session may be in
 * @param grace                    how long a dropped session stays resumable
 * @param maxFrame                 longest line in bytes, newline included, either way
 * @param maxText                  longest say/dm text in code points
 * @param ratePerSecond            sustained say/dm rate per session
 * @param burst                    say/dm burst per session
 * @param maxConnections           sessions on the relay, connected or in their grace period
 * @param maxConnectionsPerAddress live connections from one remote address
 * @param maxConnectionsPerNetwork live connections from one IPv4 /24 or IPv6 /64
 * @param maxPendingConnections    connections not yet logged in; the oldest is closed when a new one arrives
 * @param helloTimeout             time a new connection has to log in
 * @param helloTimeoutUnderLoad    the same while more than half the pending budget is taken
 * @param idlePing                 silence after which the relay pings a connection
 * @param idleDrop                 silence after which the relay drops a connection
 * @param outboxBytes              encoded envelopes queued for one connection before it is cut off
 * @param replayBytes              encoded envelopes a session keeps for resumption
 * @param replayBudget             what every session keeps for resumption together (replay buffers, remembered echoes)
 * @param outboundBudget           encoded envelopes queued for every connection together, live and requested
 * @param authFailures             failed logins from one network within {@code authWindow} before it is throttled
 * @param authWindow               window in which failed logins are counted
 * @param authBan                  how long a throttled network is refused
 * @param authFailuresRelayWide    failed logins from everywhere within {@code authWindow} before networks that failed are refused
 */
public record RelayConfig(
        InetAddress bind,
        int port,
        SSLContext tls,
        String password,
        String motd,
        int backlog,
        long backlogBudget,
        Duration emptyRoomTtl,
        int dmMemory,
        long maxFile,
        long fileMemory,
        Duration fileTtl,
        int maxRooms,
        int maxRoomsPerSession,
        Duration grace,
        int maxFrame,
        int maxText,
        int ratePerSecond,
        int burst,
        int maxConnections,
        int maxConnectionsPerAddress,
        int maxConnectionsPerNetwork,
        int maxPendingConnections,
        Duration helloTimeout,
        Duration helloTimeoutUnderLoad,
        Duration idlePing,
        Duration idleDrop,
        long outboxBytes,
        long replayBytes,
        long replayBudget,
        long outboundBudget,
        int authFailures,
        Duration authWindow,
        Duration authBan,
        int authFailuresRelayWide) {

    public RelayConfig {
        Objects.requireNonNull(motd, "motd");
        positive("backlog", backlog + 1);
        positive("backlogBudget", backlogBudget);
        positive("dmMemory", dmMemory + 1);
        positive("maxFile", maxFile + 1);
        positive("fileMemory", fileMemory);
        if (maxFile > fileMemory) {
            throw new IllegalArgumentException("max file " + maxFile + " bytes is larger than the file memory of "
                    + fileMemory + " bytes: no file of that size could ever be held");
        }
        positive("maxRooms", maxRooms);
        positive("maxRoomsPerSession", maxRoomsPerSession);
        positive("maxFrame", maxFrame - 1);
        positive("maxText", maxText);
        positive("ratePerSecond", ratePerSecond);
        positive("burst", burst);
        positive("maxConnections", maxConnections);
        positive("maxConnectionsPerAddress", maxConnectionsPerAddress);
        positive("maxConnectionsPerNetwork", maxConnectionsPerNetwork);
        positive("maxPendingConnections", maxPendingConnections);
        positive("outboxBytes", outboxBytes);
        positive("replayBytes", replayBytes);
        positive("replayBudget", replayBudget);
        positive("outboundBudget", outboundBudget);
        positive("authFailures", authFailures);
        positive("authFailuresRelayWide", authFailuresRelayWide);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        for (Duration d : new Duration[] {grace, emptyRoomTtl, fileTtl, helloTimeout, helloTimeoutUnderLoad, idlePing, idleDrop,
                authWindow, authBan}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must be present and not negative");
            }
        }
        if (idleDrop.compareTo(idlePing) <= 0) {
            throw new IllegalArgumentException("idleDrop must be longer than idlePing");
        }
        LineBudget.check(maxFrame, maxText, maxConnections, motd, outboxBytes, replayBudget, outboundBudget, maxFile > 0);
    }

    /** Whether the relay takes files (protocol 1.1). */
    public boolean filesOn() {
        return maxFile > 0;
    }

    /** The documented defaults: no TLS context and no password until given. */
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
        b.backlogBudget = backlogBudget;
        b.emptyRoomTtl = emptyRoomTtl;
        b.dmMemory = dmMemory;
        b.maxFile = maxFile;
        b.fileMemory = fileMemory;
        b.fileTtl = fileTtl;
        b.maxRooms = maxRooms;
        b.maxRoomsPerSession = maxRoomsPerSession;
        b.grace = grace;
        b.maxFrame = maxFrame;
        b.maxText = maxText;
        b.ratePerSecond = ratePerSecond;
        b.burst = burst;
        b.maxConnections = maxConnections;
        b.maxConnectionsPerAddress = maxConnectionsPerAddress;
        b.maxConnectionsPerNetwork = maxConnectionsPerNetwork;
        b.maxPendingConnections = maxPendingConnections;
        b.helloTimeout = helloTimeout;
        b.helloTimeoutUnderLoad = helloTimeoutUnderLoad;
        b.idlePing = idlePing;
        b.idleDrop = idleDrop;
        b.outboxBytes = outboxBytes;
        b.replayBytes = replayBytes;
        b.replayBudget = replayBudget;
        b.outboundBudget = outboundBudget;
        b.authFailures = authFailures;
        b.authWindow = authWindow;
        b.authBan = authBan;
        b.authFailuresRelayWide = authFailuresRelayWide;
        return b;
    }

    /** Says whether there is a password and a TLS context, never what they are. */
    @Override
    public String toString() {
        return "RelayConfig[bind=" + bind + ", port=" + port + ", tls=" + (tls != null) + ", password="
                + (password == null ? "none" : "set") + ", maxConnections=" + maxConnections + ", maxFrame=" + maxFrame
                + ", maxText=" + maxText + ", backlog=" + backlog + ", maxRooms=" + maxRooms + "]";
    }

    /** Mutable on purpose and confined to the thread that builds a configuration. */
    public static final class Builder {
        private InetAddress bind = null;
        private int port = RelayDefaults.PORT;
        private SSLContext tls = null;
        private String password = null;
        private String motd = RelayDefaults.MOTD;
        private int backlog = RelayDefaults.BACKLOG;
        private long backlogBudget = RelayDefaults.BACKLOG_BUDGET_BYTES;
        private int dmMemory = RelayDefaults.DM_MEMORY;
        private long maxFile = RelayDefaults.MAX_FILE;
        private long fileMemory = RelayDefaults.FILE_MEMORY_BYTES;
        private Duration fileTtl = Duration.ofSeconds(RelayDefaults.FILE_TTL_SECONDS);
        private Duration emptyRoomTtl = Duration.ofSeconds(RelayDefaults.EMPTY_ROOM_TTL_SECONDS);
        private int maxRooms = RelayDefaults.MAX_ROOMS;
        private int maxRoomsPerSession = RelayDefaults.MAX_ROOMS_PER_SESSION;
        private Duration grace = Duration.ofSeconds(RelayDefaults.GRACE_SECONDS);
        private int maxFrame = RelayDefaults.MAX_FRAME;
        private int maxText = RelayDefaults.MAX_TEXT;
        private int ratePerSecond = RelayDefaults.RATE_PER_SECOND;
        private int burst = RelayDefaults.BURST;
        private int maxConnections = RelayDefaults.MAX_CONNECTIONS;
        private int maxConnectionsPerAddress = RelayDefaults.MAX_CONNECTIONS_PER_ADDRESS;
        private int maxConnectionsPerNetwork = RelayDefaults.MAX_CONNECTIONS_PER_NETWORK;
        private int maxPendingConnections = RelayDefaults.MAX_PENDING_CONNECTIONS;
        private Duration helloTimeout = Duration.ofSeconds(RelayDefaults.HELLO_TIMEOUT_SECONDS);
        private Duration helloTimeoutUnderLoad = Duration.ofSeconds(RelayDefaults.HELLO_TIMEOUT_UNDER_LOAD_SECONDS);
        private Duration idlePing = Duration.ofSeconds(RelayDefaults.IDLE_PING_SECONDS);
        private Duration idleDrop = Duration.ofSeconds(RelayDefaults.IDLE_DROP_SECONDS);
        // Null until set: then they follow maxFrame (RelayDefaults.outboxBytesFor, replayBytesFor).
        private Long outboxBytes;
        private Long replayBytes;
        private long replayBudget = RelayDefaults.REPLAY_BUDGET_BYTES;
        private long outboundBudget = RelayDefaults.OUTBOUND_BUDGET_BYTES;
        private int authFailures = RelayDefaults.AUTH_FAILURES;
        private Duration authWindow = Duration.ofSeconds(RelayDefaults.AUTH_WINDOW_SECONDS);
        private Duration authBan = Duration.ofSeconds(RelayDefaults.AUTH_BAN_SECONDS);
        private int authFailuresRelayWide = RelayDefaults.AUTH_FAILURES_RELAY_WIDE;

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

        public Builder dmMemory(int value) {
            this.dmMemory = value;
            return this;
        }

        /** 0 turns files off. */
        public Builder maxFile(long value) {
            this.maxFile = value;
            return this;
        }

        public Builder fileMemory(long value) {
            this.fileMemory = value;
            return this;
        }

        public Builder fileTtl(Duration value) {
            this.fileTtl = value;
            return this;
        }

        public Builder backlogBudget(long value) {
            this.backlogBudget = value;
            return this;
        }

        public Builder emptyRoomTtl(Duration value) {
            this.emptyRoomTtl = value;
            return this;
        }

        public Builder maxRooms(int value) {
            this.maxRooms = value;
            return this;
        }

        public Builder maxRoomsPerSession(int value) {
            this.maxRoomsPerSession = value;
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

        public Builder maxConnectionsPerNetwork(int value) {
            this.maxConnectionsPerNetwork = value;
            return this;
        }

        public Builder maxPendingConnections(int value) {
            this.maxPendingConnections = value;
            return this;
        }

        public Builder helloTimeout(Duration value) {
            this.helloTimeout = value;
            return this;
        }

        public Builder helloTimeoutUnderLoad(Duration value) {
            this.helloTimeoutUnderLoad = value;
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

        public Builder replayBudget(long value) {
            this.replayBudget = value;
            return this;
        }

        public Builder outboundBudget(long value) {
            this.outboundBudget = value;
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

        public Builder authFailuresRelayWide(int value) {
            this.authFailuresRelayWide = value;
            return this;
        }

        public RelayConfig build() {
            long outbox = outboxBytes != null ? outboxBytes : RelayDefaults.outboxBytesFor(maxFrame);
            long replay = replayBytes != null ? replayBytes : RelayDefaults.replayBytesFor(maxFrame);
            return new RelayConfig(bind, port, tls, password, motd, backlog, backlogBudget, emptyRoomTtl, dmMemory, maxFile, fileMemory, fileTtl, maxRooms, maxRoomsPerSession, grace, maxFrame, maxText, ratePerSecond, burst, maxConnections, maxConnectionsPerAddress, maxConnectionsPerNetwork, maxPendingConnections, helloTimeout, helloTimeoutUnderLoad, idlePing, idleDrop, outbox, replay, replayBudget, outboundBudget, authFailures, authWindow, authBan, authFailuresRelayWide);
        }

        @Override
        public String toString() {
            return "RelayConfig.Builder[password=" + (password == null ? "none" : "set") + "]";
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
