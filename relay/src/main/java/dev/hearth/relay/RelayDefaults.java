package dev.hearth.relay;

import dev.hearth.protocol.ProtocolDefaults;

/**
 * Every default of the relay, in one place: {@link RelayConfig.Builder} starts from these and the
 * command line shows them in {@code --help}. The contract's own numbers come from
 * {@link ProtocolDefaults}; {@code docs/relay.md} says why each of the others was chosen.
 */
public final class RelayDefaults {
    private RelayDefaults() {}

    /** The contract's port. */
    public static final int PORT = ProtocolDefaults.PORT;
    public static final String MOTD = "Welcome to Hearth.";

    /** The contract's backlog: room messages kept for joiners. */
    public static final int BACKLOG = ProtocolDefaults.BACKLOG;
    /** Encoded backlog bytes of all rooms together; past it the relay's oldest messages go first. */
    public static final long BACKLOG_BUDGET_BYTES = 32L << 20;
    /** How long a room without members keeps its backlog: long enough for a friend to read it the next day. */
    public static final int EMPTY_ROOM_TTL_SECONDS = 24 * 60 * 60;
    /** Protocol 1.1: the latest direct messages between two people whose ids the relay knows (not their text). */
    public static final int DM_MEMORY = 200;
    /** The contract's largest file; 0 turns files off. */
    public static final long MAX_FILE = ProtocolDefaults.MAX_FILE_BYTES;
    /** The contract's file memory: files delivered and uploads under way, all together. */
    public static final long FILE_MEMORY_BYTES = ProtocolDefaults.FILE_MEMORY_BYTES;
    /** The contract's lifetime of a delivered file. */
    public static final int FILE_TTL_SECONDS = ProtocolDefaults.FILE_TTL_SECONDS;
    public static final int MAX_ROOMS = 1024;
    public static final int MAX_ROOMS_PER_SESSION = 64;

    /** The contract's grace period for a dropped session. */
    public static final int GRACE_SECONDS = ProtocolDefaults.GRACE_SECONDS;
    /** The contract's frame limit, newline included. */
    public static final int MAX_FRAME = ProtocolDefaults.MAX_FRAME_BYTES;
    public static final int MAX_TEXT = ProtocolDefaults.MAX_TEXT_CODE_POINTS;
    public static final int RATE_PER_SECOND = ProtocolDefaults.RATE_PER_SECOND;
    public static final int BURST = ProtocolDefaults.BURST;

    /** Sessions on the relay, connected or in their grace period. */
    public static final int MAX_CONNECTIONS = 256;
    /** The contract's per-address cap. */
    public static final int MAX_CONNECTIONS_PER_ADDRESS = ProtocolDefaults.MAX_CONNECTIONS_PER_ADDRESS;
    /** Per IPv4 /24 or IPv6 /64: a home network rarely needs more, an attacker's range gets no more. */
    public static final int MAX_CONNECTIONS_PER_NETWORK = 16;
    /** Connections still in their TLS handshake or before their hello; the oldest goes when full. */
    public static final int MAX_PENDING_CONNECTIONS = 64;

    /** The contract's hello deadline. */
    public static final int HELLO_TIMEOUT_SECONDS = ProtocolDefaults.HELLO_DEADLINE_SECONDS;
    /** The hello deadline while more than half the pending budget is taken. */
    public static final int HELLO_TIMEOUT_UNDER_LOAD_SECONDS = 3;
    /** The contract's idle ping. */
    public static final int IDLE_PING_SECONDS = ProtocolDefaults.IDLE_PING_SECONDS;
    /** The contract's idle drop. */
    public static final int IDLE_DROP_SECONDS = ProtocolDefaults.IDLE_DROP_SECONDS;

    /** The contract's outbound bound for one connection. */
    public static final long OUTBOX_BYTES = ProtocolDefaults.MAX_OUTBOUND_BYTES;
    /** What one session keeps for resumption, and may have queued of what it asked for in bulk. */
    public static final long REPLAY_BYTES = 4L << 20;
    /**
     * What all sessions keep for resumption together; past it the session holding the most gives it
     * all up. docs/relay.md ("Memory") shows how this and the other budgets fit the launchers' heap.
     */
    public static final long REPLAY_BUDGET_BYTES = 48L << 20;
    /** Bytes queued for all connections together; past it the slowest reader is cut off. */
    public static final long OUTBOUND_BUDGET_BYTES = 24L << 20;

    /**
     * One connection's outbound bound: the contract's, or one longest line when the frame limit is
     * larger, since a relay for thousands of people (a {@code joined} line naming all of them can
     * pass 1 MiB) must be able to queue a line it is allowed to send.
     */
    public static long outboxBytesFor(int maxFrame) {
        return Math.max(OUTBOX_BYTES, maxFrame);
    }

    /** One session's replay and bulk allowance: the default, or one longest line if that is larger. */
    public static long replayBytesFor(int maxFrame) {
        return Math.max(REPLAY_BYTES, maxFrame);
    }

    /** The contract's throttle: failures from one network within the window... */
    public static final int AUTH_FAILURES = ProtocolDefaults.AUTH_FAILURES;
    public static final int AUTH_WINDOW_SECONDS = ProtocolDefaults.AUTH_WINDOW_SECONDS;
    /** ...refuse it for this long. */
    public static final int AUTH_BAN_SECONDS = ProtocolDefaults.AUTH_BAN_SECONDS;
    /** Failed logins from everywhere within the window before only networks without failures may try. */
    public static final int AUTH_FAILURES_RELAY_WIDE = 30;
}
