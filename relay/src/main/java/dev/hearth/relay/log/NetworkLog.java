package dev.hearth.relay.log;

import dev.hearth.relay.net.NetworkPrefix;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The relay's log of what connections do, bounded so that connection churn cannot fill the disk
 * under the relay: each network (IPv4 /24, IPv6 /64) gets {@value #LINES_PER_NETWORK} lines per
 * minute and the relay {@value #LINES_PER_MINUTE} in all; what is over is counted, and once the
 * minute is over one line per network says how many lines were left out. Lines are metadata only.
 *
 * <p>Thread-safe: connection threads log, the watchdog summarises.
 */
public final class NetworkLog {
    static final int LINES_PER_NETWORK = 20;
    static final int LINES_PER_MINUTE = 600;
    /** Networks counted per minute at most; beyond, lines are counted together. */
    static final int MAX_NETWORKS = 4096;
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final LongSupplier nanoClock;
    private final LogSink sink;
    // Guarded by this
    private final Map<NetworkPrefix, int[]> linesThisMinute = new HashMap<>();
    // Guarded by this
    private final Map<NetworkPrefix, int[]> leftOut = new HashMap<>();
    // Guarded by this
    private int linesInAll;
    // Guarded by this
    private int leftOutElsewhere;
    // Guarded by this
    private long minuteStartedNanos;

    /** Where lines go; the relay's logger, or a test's list. */
    @FunctionalInterface
    public interface LogSink {
        void write(System.Logger.Level level, String line);
    }

    public NetworkLog(LongSupplier nanoClock) {
        this(nanoClock, (level, line) -> LOG.log(level, line));
    }

    public NetworkLog(LongSupplier nanoClock, LogSink sink) {
        this.nanoClock = nanoClock;
        this.sink = sink;
        this.minuteStartedNanos = nanoClock.getAsLong();
    }

    /** Writes {@code line} unless its network or the relay has said enough this minute. */
    public void log(System.Logger.Level level, NetworkPrefix network, String line) {
        if (!LOG.isLoggable(level)) {
            return;
        }
        if (admit(network)) {
            sink.write(level, line);
        }
    }

    private synchronized boolean admit(NetworkPrefix network) {
        rollOver(nanoClock.getAsLong());
        int[] lines = linesThisMinute.get(network);
        if (lines == null && linesThisMinute.size() < MAX_NETWORKS) {
            lines = new int[1];
            linesThisMinute.put(network, lines);
        }
        boolean admitted = lines != null && lines[0] < LINES_PER_NETWORK && linesInAll < LINES_PER_MINUTE;
        if (admitted) {
            lines[0]++;
            linesInAll++;
        } else if (leftOut.size() < MAX_NETWORKS || leftOut.containsKey(network)) {
            leftOut.computeIfAbsent(network, n -> new int[1])[0]++;
        } else {
            leftOutElsewhere++;
        }
        return admitted;
    }

    /** Called now and then (the watchdog): once a minute is over, says what it left out. */
    public void summarise() {
        rollOver(nanoClock.getAsLong());
    }

    private synchronized void rollOver(long now) {
        if (now - minuteStartedNanos < MINUTE_NANOS) {
            return;
        }
        leftOut.forEach((network, count) -> sink.write(System.Logger.Level.INFO,
                network + ": " + count[0] + " more log lines left out in the last minute"));
        if (leftOutElsewhere > 0) {
            sink.write(System.Logger.Level.INFO,
                    "other networks: " + leftOutElsewhere + " more log lines left out in the last minute");
        }
        leftOut.clear();
        linesThisMinute.clear();
        linesInAll = 0;
        leftOutElsewhere = 0;
        minuteStartedNanos = now;
    }
}
