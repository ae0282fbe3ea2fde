package dev.hearth.relay.bench;

import java.util.Locale;
import java.util.Map;

/**
 * What a run measured, for a person (a table) and for a script ({@code --json}). Latencies are
 * milliseconds from a message's send to its arrival at another session, both in this process.
 */
public record BenchReport(String relay, String transport, String fingerprint, String shape, int sessions, int ready,
                          int rooms, double setupSeconds, double sessionsPerSecond, long sent, long expected,
                          long delivered, double deliveredPercent, long echoes, double trafficSeconds,
                          double deliveriesPerSecond, double p50Ms, double p90Ms, double p99Ms, double p999Ms,
                          double maxMs, long cutOffs, long resumptions, Map<String, Long> errors) {

    public BenchReport {
        errors = Map.copyOf(errors);
    }

    /** The table printed at the end of a run. */
    public String table() {
        StringBuilder t = new StringBuilder();
        row(t, "relay", relay + " (" + transport + ")");
        if (fingerprint != null) {
            row(t, "relay key", fingerprint);
        }
        row(t, "shape", shape);
        row(t, "sessions", ready + " of " + sessions + " in " + rooms + (rooms == 1 ? " room" : " rooms"));
        row(t, "set-up", format("%.2f s, %.0f sessions/s", setupSeconds, sessionsPerSecond));
        if (sent > 0) {
            row(t, "sent", Long.toString(sent));
            row(t, "delivered", format("%d of %d (%.3f %%) in %.2f s: %.0f deliveries/s", delivered, expected,
                    deliveredPercent, trafficSeconds, deliveriesPerSecond));
            row(t, "latency", format("p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms", p50Ms, p90Ms, p99Ms, p999Ms,
                    maxMs));
            row(t, "echoes", Long.toString(echoes));
        }
        row(t, "cut off", cutOffs + " (resumed " + resumptions + ")");
        row(t, "errors", errors.isEmpty() ? "none" : errors.toString());
        return t.toString();
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append(String.format(Locale.ROOT, "%-10s %s%n", name, value));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
