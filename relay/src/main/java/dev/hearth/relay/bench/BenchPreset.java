package dev.hearth.relay.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The scenarios the relay is measured by (docs/performance.md), by name, so a run is one word.
 * Options given beside a preset override it.
 */
enum BenchPreset {
    /** 50 sessions in one room, each sending 200 messages as fast as the relay allows. */
    A(50, 1, 200, 0, Duration.ZERO),
    /** The same 10,000 messages offered at 10,000 a second. */
    AP(50, 1, 0, 10_000, Duration.ofSeconds(1)),
    /** 500 sessions in one room, 2,000 messages a second for 10 s: about a million deliveries a second. */
    B(500, 1, 0, 2_000, Duration.ofSeconds(10)),
    /** 2,000 / 5,000 / 10,000 sessions joining one room, then holding for 10 s. */
    JOIN2K(2_000, 1, 0, 0, Duration.ofSeconds(10)),
    JOIN5K(5_000, 1, 0, 0, Duration.ofSeconds(10)),
    JOIN10K(10_000, 1, 0, 0, Duration.ofSeconds(10)),
    /** 10,000 sessions in no room, holding for 10 s: the cost of a connection alone. */
    IDLE10K(10_000, 0, 0, 0, Duration.ofSeconds(10));

    final int sessions;
    final int rooms;
    final int messagesEach;
    final int totalRate;
    final Duration duration;

    BenchPreset(int sessions, int rooms, int messagesEach, int totalRate, Duration duration) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.messagesEach = messagesEach;
        this.totalRate = totalRate;
        this.duration = duration;
    }

    static BenchPreset named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no preset " + name + "; there are " + names());
        }
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }
}
