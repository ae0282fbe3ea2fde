package dev.hearth.client.testing;

import dev.hearth.client.net.ClientEvent;
import dev.hearth.protocol.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Records what a client's receive thread reports, and lets a test wait for what it expects. */
public final class EventLog implements Consumer<ClientEvent> {

    private final List<ClientEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(ClientEvent event) {
        events.add(event);
        notifyAll();
    }

    public synchronized List<ClientEvent> events() {
        return List.copyOf(events);
    }

    /** Every envelope received so far of {@code type}, in order. */
    public synchronized <T extends Envelope> List<T> received(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (ClientEvent event : events) {
            if (event instanceof ClientEvent.Received(Envelope envelope) && type.isInstance(envelope)) {
                out.add(type.cast(envelope));
            }
        }
        return out;
    }

    /** Waits until some event matches, and returns the first match. */
    public <T extends ClientEvent> T await(Class<T> type, Predicate<T> matches, Duration timeout) {
        return awaitState(() -> first(type, matches), timeout, "no " + type.getSimpleName() + " matched");
    }

    public <T extends ClientEvent> T await(Class<T> type, Duration timeout) {
        return await(type, e -> true, timeout);
    }

    /** Waits until {@code condition} over the log holds. */
    public void awaitTrue(Predicate<EventLog> condition, Duration timeout, String what) {
        awaitState(() -> condition.test(this) ? Boolean.TRUE : null, timeout, what);
    }

    private synchronized <T extends ClientEvent> T first(Class<T> type, Predicate<T> matches) {
        for (ClientEvent event : events) {
            if (type.isInstance(event) && matches.test(type.cast(event))) {
                return type.cast(event);
            }
        }
        return null;
    }

    private <R> R awaitState(java.util.function.Supplier<R> probe, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                R result = probe.get();
                if (result != null) {
                    return result;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(what + " within " + timeout + "; events: " + summary());
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    private String summary() {
        List<String> last = new ArrayList<>();
        int from = Math.max(0, events.size() - 15);
        for (ClientEvent event : events.subList(from, events.size())) {
            last.add(event.toString());
        }
        return events.size() + " total, last " + last;
    }
}
