package dev.hearth.client.net;

import dev.hearth.protocol.Ack;
import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.Typing;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything waiting to go to the relay, and the send thread that writes it.
 *
 * <p>Callers (the FX thread through {@link RelayLink}, the receive thread for protocol
 * housekeeping) only queue and return. The send thread takes what is due under the lock and
 * writes it outside the lock, coalescing a burst into one flush. {@code say}/{@code dm} stay in
 * {@link #unconfirmed} until their echo or error settles them, so a connection that dies
 * mid-write loses nothing: the next session resends them.
 */
final class SendQueue {

    private final ClientOptions options;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    // Guarded by lock.
    private final Deque<Envelope> control = new ArrayDeque<>();
    private final Map<String, Envelope> unconfirmed = new LinkedHashMap<>();
    private final Deque<String> toSend = new ArrayDeque<>();
    private final List<Pong> pongs = new ArrayList<>();
    private final SendPacer pacer = new SendPacer(5, 20, System.nanoTime());
    private RelayConnection connection;
    private boolean synced;
    private long lastProcessed;
    private long lastAcked;
    private long firstUnackedAt;
    private long lastHeardAt = System.nanoTime();
    private boolean pingOutstanding;
    private boolean byeRequested;
    private boolean stopped;

    SendQueue(ClientOptions options) {
        this.options = options;
    }

    // ---- requests (any thread)

    void request(Envelope envelope) {
        withLock(() -> {
            // "Typing" is about now: one that waited for a reconnect would be a lie.
            if (!(envelope instanceof Typing) || connection != null) {
                control.add(envelope);
            }
        });
    }

    /** A {@code say} or {@code dm}: kept until settled, sent once the session is in sync. */
    void submit(String id, Envelope envelope) {
        withLock(() -> {
            unconfirmed.put(id, envelope);
            if (synced) {
                toSend.add(id);
            }
        });
    }

    /** The echo or an error for {@code id} arrived; true when it was ours and still open. */
    boolean settle(String id) {
        lock.lock();
        try {
            return unconfirmed.remove(id) != null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The relay dropped {@code id} with {@code rate-limited} despite the pacing (clocks drift):
     * send it again next, after a pause, rather than fail a message the user did nothing wrong with.
     */
    boolean retryLater(String id) {
        lock.lock();
        try {
            if (!unconfirmed.containsKey(id)) {
                return false;
            }
            pacer.drain(System.nanoTime());
            if (synced) {
                toSend.remove(id);
                toSend.addFirst(id);
            }
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean isUnconfirmed(String id) {
        lock.lock();
        try {
            return unconfirmed.containsKey(id);
        } finally {
            lock.unlock();
        }
    }

    void bye() {
        withLock(() -> byeRequested = true);
    }

    void stop() {
        withLock(() -> stopped = true);
    }

    // ---- session life cycle (receive thread)

    /** A new connection is logged in: nothing is sent on it until {@link #inSync}, apart from {@code first}. */
    void attach(RelayConnection fresh, int ratePerSecond, int burst, List<Envelope> first) {
        withLock(() -> {
            connection = fresh;
            synced = false;
            toSend.clear();
            pongs.clear();
            pingOutstanding = false;
            lastHeardAt = System.nanoTime();
            pacer.reset(ratePerSecond, burst, System.nanoTime());
            for (int i = first.size() - 1; i >= 0; i--) {
                control.addFirst(first.get(i));
            }
        });
    }

    /** Everything the relay owed us has arrived: resend what is still unconfirmed, then live. */
    void inSync() {
        withLock(() -> {
            synced = true;
            toSend.clear();
            toSend.addAll(unconfirmed.keySet());
        });
    }

    void detach(RelayConnection old) {
        withLock(() -> {
            if (connection == old) {
                connection = null;
                synced = false;
            }
        });
    }

    /** A fresh session restarts the relay's {@code n} at 1. */
    void resetCounter() {
        withLock(() -> {
            lastProcessed = 0;
            lastAcked = 0;
        });
    }

    void heard() {
        withLock(() -> {
            lastHeardAt = System.nanoTime();
            pingOutstanding = false;
        });
    }

    void processed(long n) {
        withLock(() -> {
            if (lastProcessed == lastAcked) {
                firstUnackedAt = System.nanoTime();
            }
            lastProcessed = n;
        });
    }

    void pong(String id) {
        withLock(() -> pongs.add(new Pong(id)));
    }

    // ---- the send thread

    /** Runs until stopped; owns every write after login. */
    void run() {
        while (true) {
            Batch batch;
            try {
                batch = awaitBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (batch == null) {
                return;
            }
            try {
                for (Envelope envelope : batch.envelopes()) {
                    batch.connection().write(envelope);
                }
                batch.connection().flush();
            } catch (IOException e) {
                batch.connection().close(); // the receive thread notices and reconnects
            }
            if (batch.last()) {
                // Half-close after bye: a full close with unread data would reset the connection,
                // and a reset can make the relay drop the bye it has not read yet. The receive
                // thread reads on until the relay, having ended the session, closes its side.
                batch.connection().finishSending();
                return;
            }
        }
    }

    private record Batch(RelayConnection connection, List<Envelope> envelopes, boolean last) {}

    private Batch awaitBatch() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (stopped) {
                    return null;
                }
                long now = System.nanoTime();
                if (connection != null) {
                    List<Envelope> due = takeDue(now);
                    if (byeRequested) {
                        due.add(new Bye(null));
                        stopped = true;
                        return new Batch(connection, due, true);
                    }
                    if (!due.isEmpty()) {
                        return new Batch(connection, due, false);
                    }
                }
                changed.await(nextWakeUp(now), TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private List<Envelope> takeDue(long now) {
        List<Envelope> due = new ArrayList<>(pongs);
        pongs.clear();
        due.addAll(control);
        control.clear();
        if (lastProcessed > lastAcked && (lastProcessed - lastAcked >= options.ackEvery()
                || now - firstUnackedAt >= options.ackAfter().toNanos())) {
            due.add(new Ack(lastProcessed, null));
            lastAcked = lastProcessed;
        }
        if (!pingOutstanding && now - lastHeardAt >= options.pingAfter().toNanos()) {
            due.add(new Ping(null));
            pingOutstanding = true;
        }
        while (synced && !toSend.isEmpty()) {
            Envelope next = unconfirmed.get(toSend.peekFirst());
            if (next == null) {
                toSend.removeFirst();
            } else if (pacer.tryTake(now)) {
                toSend.removeFirst();
                due.add(next);
            } else {
                break;
            }
        }
        return due;
    }

    private long nextWakeUp(long now) {
        long wake = Duration.ofMillis(500).toNanos();
        if (connection != null && synced && !toSend.isEmpty()) {
            wake = Math.min(wake, Math.max(1, pacer.untilNext(now).toNanos()));
        }
        return wake;
    }

    private void withLock(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
