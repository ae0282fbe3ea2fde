package dev.hearth.relay.reach;

import java.time.Duration;

/** A lease or a wait in the largest whole unit that fits: "30 minutes", "2 hours", "45 seconds". */
final class Durations {

    private Durations() {}

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
