package dev.hearth.protocol;

/**
 * The numbers protocol v1 names as defaults, in one place, so the relay, the client and the docs
 * start from the same values. A relay may be configured otherwise; the limits that matter to a
 * client arrive in {@link Welcome.Limits}. Compile-time constants, usable in annotations and
 * {@code switch} labels.
 */
public final class ProtocolDefaults {
    private ProtocolDefaults() {}

    /** The contract's default TCP port of a relay. */
    public static final int PORT = 7777;

    /** The contract's default frame limit: the longest line in bytes, its newline included. */
    public static final int MAX_FRAME_BYTES = 65_536;

    /**
     * The largest frame limit a Hearth relay can be set to ({@code --max-frame}); a relay for
     * thousands of people in one room needs more than a megabyte. Clients read lines up to it.
     */
    public static final int LARGEST_FRAME_BYTES = 16 << 20;

    /** The contract's default {@code maxText}: the longest say or dm text, in code points. */
    public static final int MAX_TEXT_CODE_POINTS = 4_000;

    /** The contract's default sustained say/dm rate per session, per second. */
    public static final int RATE_PER_SECOND = 5;

    /** The contract's default say/dm burst per session. */
    public static final int BURST = 20;

    /** The contract's default number of a room's latest messages kept for joiners, in memory only. */
    public static final int BACKLOG = 100;

    /** The contract's default grace period of a dropped session, in seconds. */
    public static final int GRACE_SECONDS = 120;

    /** The contract's default time a new connection has to send {@code hello}, in seconds. */
    public static final int HELLO_DEADLINE_SECONDS = 10;

    /** The contract's default silence after which the relay pings a connection, in seconds. */
    public static final int IDLE_PING_SECONDS = 30;

    /** The contract's default silence after which the relay drops a connection, in seconds. */
    public static final int IDLE_DROP_SECONDS = 90;

    /** The contract's default bound on one receiver's queued outbound envelopes: 1 MiB, in bytes. */
    public static final long MAX_OUTBOUND_BYTES = 1L << 20;

    /** The contract's default limit on live connections from one address. */
    public static final int MAX_CONNECTIONS_PER_ADDRESS = 8;

    /** The contract's default number of failed logins from one address that gets it throttled. */
    public static final int AUTH_FAILURES = 10;

    /** The contract's default window in which failed logins are counted, in seconds. */
    public static final int AUTH_WINDOW_SECONDS = 120;

    /** The contract's default time a throttled address is refused, in seconds. */
    public static final int AUTH_BAN_SECONDS = 300;

    /** Protocol 1.1: the largest file a relay takes by default, in bytes. */
    public static final long MAX_FILE_BYTES = 33_554_432;

    /** Protocol 1.1: raw bytes per file chunk, every chunk but a file's last. */
    public static final int CHUNK_BYTES = 32_768;

    /** Protocol 1.1: the most bytes one fetch may ask for. */
    public static final int MAX_FETCH_BYTES = 1_048_576;

    /** Protocol 1.1: the largest thumbnail, in bytes before base64. */
    public static final int MAX_THUMB_BYTES = 16_384;

    /** Protocol 1.1: a relay's default memory for files, delivered and under way together, in bytes. */
    public static final long FILE_MEMORY_BYTES = 268_435_456;

    /** Protocol 1.1: how long a relay holds a delivered file at most by default, in seconds. */
    public static final int FILE_TTL_SECONDS = 24 * 60 * 60;

    /** Protocol 1.1: how long an upload may take before the relay drops it, in seconds. */
    public static final int UPLOAD_SECONDS = 10 * 60;

    /** Protocol 1.1: unfinished uploads one session may have at once. */
    public static final int UPLOADS_PER_SESSION = 2;

    /** Protocol 1.1: the smallest frame limit a relay taking files may have (a chunk line is about 44 KB). */
    public static final int MIN_FRAME_WITH_FILES = 65_536;
}
