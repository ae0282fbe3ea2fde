package dev.hearth.client.net;

import dev.hearth.protocol.Ack;
import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Typing;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Everything waiting to go to the relay, and the send thread that writes it.
 *
 * <p>Callers (the FX thread through {@link RelayLink}, the receive thread for protocol
 * housekeeping) only queue and return. The send thread takes what is due under the lock and
 * writes it outside the lock, coalescing a burst into one flush. Its concerns live in their own
 * classes, each used under the lock: {@link PendingMessages} (the {@code say}/{@code dm} ledger:
 * a connection that dies mid-write loses nothing, the next session resends), {@link AckSchedule},
 * {@link Keepalive} and {@link SendPacer}; this class owns the lock, the queue of control
 * requests and the writer loop.
 */
final class SendQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    // Guarded by lock.
    private final Deque<Envelope> control = new ArrayDeque<>();
    private final PendingMessages pending = new PendingMessages();
    private final List<Pong> pongs = new ArrayList<>();
    private final LongSupplier nanoTime;
    private final SendPacer pacer;
    private final Keepalive keepalive;
    private final AckSchedule acks;
    private RelayConnection connection;
    private boolean byeRequested;
    private boolean stopped;

    SendQueue(ClientOptions options) {
        this(options, System::nanoTime);
    }

    /** @param nanoTime the monotonic clock pacing, acks and liveness run on */
    SendQueue(ClientOptions options, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.pacer = new SendPacer(ProtocolDefaults.RATE_PER_SECOND, ProtocolDefaults.BURST, now);
        this.keepalive = new Keepalive(options.pingAfter(), options.answerWithin(), now);
        this.acks = new AckSchedule(options.ackEvery(), options.ackAfter());
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
        withLock(() -> pending.add(id, envelope));
    }

    /** The echo or an error for {@code id} arrived; true when it was ours and still open. */
    boolean settle(String id) {
        lock.lock();
        try {
            return pending.settle(id);
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
            if (!pending.writeAgainFirst(id)) {
                return false;
            }
            pacer.drain(nanoTime.getAsLong());
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean isUnconfirmed(String id) {
        lock.lock();
        try {
            return pending.isOpen(id);
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
            pending.connectionChanged();
            pongs.clear();
            long now = nanoTime.getAsLong();
            keepalive.reset(now);
            pacer.reset(ratePerSecond, burst, now);
            for (int i = first.size() - 1; i >= 0; i--) {
                control.addFirst(first.get(i));
            }
        });
    }

    /** Everything the relay owed us has arrived: resend what is still unconfirmed, then live. */
    void inSync() {
        withLock(pending::synced);
    }

    void detach(RelayConnection old) {
        withLock(() -> {
            if (connection == old) {
                connection = null;
                pending.connectionChanged();
            }
        });
    }

    /** A fresh session restarts the relay's {@code n} at 1. */
    void resetCounter() {
        withLock(acks::restart);
    }

    void heard() {
        withLock(() -> keepalive.heard(nanoTime.getAsLong()));
    }

    void processed(long n) {
        withLock(() -> acks.processed(n, nanoTime.getAsLong()));
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
            if (batch.ending() == Ending.DEAD) {
                // Closed here, outside the lock: the receive thread sees its read fail and resumes.
                batch.connection().close();
                continue;
            }
            try {
                for (Envelope envelope : batch.envelopes()) {
                    batch.connection().write(envelope);
                }
                batch.connection().flush();
            } catch (IOException e) {
                batch.connection().close(); // the receive thread notices and reconnects
            }
            if (batch.ending() == Ending.BYE) {
                // Half-close after bye: a full close with unread data would reset the connection,
                // and a reset can make the relay drop the bye it has not read yet. The receive
                // thread reads on until the relay, having ended the session, closes its side.
                batch.connection().finishSending();
                return;
            }
        }
    }

    /** What a batch ends with: nothing, our {@code bye}, or the end of a connection found dead. */
    private enum Ending { NONE, BYE, DEAD }

    private record Batch(RelayConnection connection, List<Envelope> envelopes, Ending ending) {}

    private Batch awaitBatch() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (stopped) {
                    return null;
                }
                long now = nanoTime.getAsLong();
                if (connection != null && keepalive.dead(now)) {
                    // The path stopped forwarding, and the socket may take a minute to say so.
                    RelayConnection dead = connection;
                    connection = null;
                    pending.connectionChanged();
                    return new Batch(dead, List.of(), Ending.DEAD);
                }
                if (connection != null) {
                    List<Envelope> due = takeDue(now);
                    if (byeRequested) {
                        due.add(new Bye(null));
                        stopped = true;
                        return new Batch(connection, due, Ending.BYE);
                    }
                    if (!due.isEmpty()) {
                        return new Batch(connection, due, Ending.NONE);
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
        acks.take(now).ifPresent(n -> due.add(new Ack(n, null)));
        List<Envelope> messages = pending.takeToWrite(() -> pacer.tryTake(now));
        if (!messages.isEmpty()) {
            due.addAll(messages);
            keepalive.messageWritten(now);
        }
        if (keepalive.probeDue(now)) {
            due.add(new Ping(null));
            keepalive.probed(now);
        }
        return due;
    }

    private long nextWakeUp(long now) {
        long wake = Duration.ofMillis(500).toNanos();
        if (connection != null) {
            wake = Math.min(wake, Math.min(keepalive.untilNextCheck(now), acks.untilDue(now)));
        }
        if (connection != null && pending.hasToWrite()) {
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
