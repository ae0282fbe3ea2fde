package dev.hearth.relay.bench;

import java.time.Duration;

/**
 * What one run of {@code hearth-relay bench} does: which relay, how many sessions in how many
 * rooms, and the traffic. Exactly one traffic shape: {@code messagesEach} messages per session as
 * fast as the relay allows, a fixed {@code totalRate} for {@code duration}, or none (sessions only
 * connect, join and hold for {@code duration}: the idle and join scenarios).
 *
 * @param target             where the relay is, and how to reach it
 * @param sessions           sessions to open
 * @param rooms              rooms they are spread over (0: nobody joins a room)
 * @param messagesEach       messages each session sends as fast as allowed; 0 for the other shapes
 * @param totalRate          messages per second over all sessions together; 0 for the other shapes
 * @param duration           how long a fixed rate is offered, or idle sessions are held
 * @param textBytes          length of each message's text (at least what carries the send time)
 * @param connectConcurrency connects and logins under way at once
 * @param setupTimeout       how long all sessions may take to log in and join
 * @param drainTimeout       how long to wait, after the last send, for deliveries still under way
 */
public record BenchPlan(BenchTarget target, int sessions, int rooms, int messagesEach, int totalRate,
                        Duration duration, int textBytes, int connectConcurrency, Duration setupTimeout,
                        Duration drainTimeout) {

    /** Room for the send time and the sender carried in every message: {@code b.<sender>.<nanos>.}. */
    public static final int MIN_TEXT_BYTES = 48;

    public BenchPlan {
        requireAtLeast(sessions, 1, "--sessions");
        requireAtLeast(rooms, 0, "--rooms");
        requireAtLeast(messagesEach, 0, "--messages");
        requireAtLeast(totalRate, 0, "--rate");
        requireAtLeast(connectConcurrency, 1, "--connect-concurrency");
        requireAtLeast(textBytes, MIN_TEXT_BYTES, "--size");
        if (rooms > sessions) {
            throw new IllegalArgumentException("--rooms " + rooms + " is more than --sessions " + sessions
                    + ": some rooms would be empty");
        }
        if (messagesEach > 0 && totalRate > 0) {
            throw new IllegalArgumentException("give --messages (as fast as allowed) or --rate with --duration, not both");
        }
        if ((messagesEach > 0 || totalRate > 0) && rooms == 0) {
            throw new IllegalArgumentException("messages need a room: give --rooms 1 or more");
        }
        if (messagesEach == 0 && (duration == null || duration.isZero() || duration.isNegative())) {
            throw new IllegalArgumentException("--duration must be positive for a fixed --rate or idle sessions");
        }
    }

    /** What the run does with its sessions once they are in. */
    public enum Shape { AS_FAST_AS_ALLOWED, FIXED_RATE, IDLE }

    public Shape shape() {
        return messagesEach > 0 ? Shape.AS_FAST_AS_ALLOWED : totalRate > 0 ? Shape.FIXED_RATE : Shape.IDLE;
    }

    private static void requireAtLeast(int value, int least, String option) {
        if (value < least) {
            throw new IllegalArgumentException(option + " must be at least " + least + ", not " + value);
        }
    }
}
