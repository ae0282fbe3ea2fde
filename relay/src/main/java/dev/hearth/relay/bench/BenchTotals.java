package dev.hearth.relay.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** What every session of a run counts, together; safe from all their threads. */
final class BenchTotals {
    /** Latencies are kept in microseconds, up to an hour, to three significant digits. */
    private static final long HIGHEST_MICROS = 3_600_000_000L;

    final LongAdder sent = new LongAdder();
    final LongAdder expected = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder echoes = new LongAdder();
    final LongAdder cutOffs = new LongAdder();
    final LongAdder resumptions = new LongAdder();
    final LongAdder loggedIn = new LongAdder();
    final LongAdder joined = new LongAdder();
    final LongAdder presence = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Recorder latency = new Recorder(HIGHEST_MICROS, 3);
    private final Histogram all = new Histogram(HIGHEST_MICROS, 3);

    void error(String code) {
        errors.computeIfAbsent(code == null ? "unknown" : code, c -> new LongAdder()).increment();
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((code, count) -> copy.put(code, count.sum()));
        return copy;
    }

    void latency(long nanos) {
        latency.recordValue(Math.clamp(nanos / 1_000, 0, HIGHEST_MICROS));
    }

    /** Everything recorded so far; called by one thread at a time (the progress line, the report). */
    synchronized Histogram latencies() {
        all.add(latency.getIntervalHistogram());
        return all.copy();
    }
}
