package dev.hearth.relay.net;

import dev.hearth.relay.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Wakes, together and once a round, the writers of connections that wrote a moment ago and have
 * been handed more ({@link Outbox#offer} decides). A writer woken for every line wrote lines
 * nearly one at a time once a second carrier thread ran it at once, and each {@code write} to a
 * socket costs several microseconds of kernel time whatever it carries; held for a round, a busy
 * connection's lines leave together. A quiet connection's line is never held, and the rounds
 * sleep while nothing is held.
 */
final class WriteRounds implements AutoCloseable {
    /** The longest a line to a busy connection waits for its writer, beyond the time to run it. */
    static final Duration ROUND = Duration.ofMillis(5);
    static final long ROUND_NANOS = ROUND.toNanos();

    private final ConcurrentLinkedQueue<Outbox> held = new ConcurrentLinkedQueue<>();
    private final Scheduler.Woken rounds;

    WriteRounds(Scheduler scheduler) {
        this.rounds = scheduler.whenWoken(ROUND, this::round);
    }

    /** {@code outbox} holds lines for its waiting writer until the next round. Called once per hold. */
    void hold(Outbox outbox) {
        held.add(outbox);
        rounds.wake();
    }

    /** Wakes the writers of everything held so far; false when nothing was. */
    private boolean round() {
        boolean found = false;
        for (Outbox outbox; (outbox = held.poll()) != null; ) {
            outbox.endHold();
            found = true;
        }
        return found;
    }

    @Override
    public void close() {
        rounds.close();
    }
}
