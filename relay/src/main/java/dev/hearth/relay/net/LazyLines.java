package dev.hearth.relay.net;

import dev.hearth.relay.time.Scheduler;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outboxes holding lines that may wait a moment (presence: who joined, left or was renamed),
 * whose writers were not woken for them. Every {@link #EVERY} they are woken together, so a member
 * of a room that many people are joining writes their presences a handful at a time instead of
 * one write system call each, which made a join storm cost about 15 µs of relay CPU per presence
 * line (docs/performance.md, "Join storms"). Any other line for the same connection takes them
 * along at once. A round with nothing waiting costs one look at an empty set.
 *
 * <p>{@link #hold} runs on any thread; the rounds run on the injected scheduler.
 */
final class LazyLines implements AutoCloseable {
    /** The longest a presence line waits for its writer. */
    static final Duration EVERY = Duration.ofMillis(100);

    private final Set<Outbox> waiting = ConcurrentHashMap.newKeySet();
    private final Scheduler.Repeating rounds;

    LazyLines(Scheduler scheduler) {
        this.rounds = scheduler.every(EVERY, this::wakeAll);
    }

    /** {@code outbox} holds lines its writer was not woken for; wake it on the next round. */
    void hold(Outbox outbox) {
        waiting.add(outbox);
    }

    void wakeAll() {
        for (Iterator<Outbox> it = waiting.iterator(); it.hasNext(); ) {
            Outbox outbox = it.next();
            it.remove();
            outbox.wakeForLazyLines();
        }
    }

    @Override
    public void close() {
        rounds.close();
    }
}
