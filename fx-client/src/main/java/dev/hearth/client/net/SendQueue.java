package dev.hearth.client.net;

import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.FileOffer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The send thread and the one lock around {@link Outgoing}.
 *
 * <p>Callers (the FX thread through {@link RelayLink}, the receive thread for protocol
 * housekeeping) only queue and return. The send thread asks {@link Outgoing} what is due under
 * the lock and writes it outside the lock, a burst in one flush; when nothing is due it waits
 * until a change or the next deadline. A connection that dies mid-write loses nothing: the
 * ledger keeps every message until it is settled, and the next session writes it again.
 */
final class SendQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Outgoing outgoing; // guarded by lock
    private final LongSupplier nanoTime;
    private final Consumer<ClientEvent> progress;

    SendQueue(ClientOptions options, Consumer<ClientEvent> progress) {
        this(options, System::nanoTime, progress);
    }

    /**
     * @param nanoTime the monotonic clock that pacing, acks and liveness run on
     * @param progress told, on the send thread, how uploads get on
     */
    SendQueue(ClientOptions options, LongSupplier nanoTime, Consumer<ClientEvent> progress) {
        this.nanoTime = nanoTime;
        this.outgoing = new Outgoing(options, nanoTime.getAsLong());
        this.progress = progress;
    }

    // ---- requests (any thread)

    void request(Envelope envelope) {
        change(() -> outgoing.request(envelope));
    }

    /** A {@code say} or {@code dm}: kept until settled, sent once the session is in sync. */
    void submit(String id, Envelope envelope) {
        change(() -> outgoing.submit(id, envelope));
    }

    /** The echo or an error for {@code id} arrived; true when it was ours and still open. */
    boolean settle(String id) {
        return ask(o -> o.settle(id));
    }

    /** See {@link Outgoing#retryLater}; true when it was ours and will be sent again. */
    boolean retryLater(String id) {
        return ask(o -> o.retryLater(id, nanoTime.getAsLong()));
    }

    boolean isUnconfirmed(String id) {
        return ask(o -> o.isUnconfirmed(id));
    }

    /** A file's offer, then its chunks once the relay takes it. */
    void offerFile(String id, FileOffer offer, OutgoingFile file) {
        change(() -> outgoing.offerFile(id, offer, file));
    }

    void fileReady(String id, String blob) {
        change(() -> outgoing.fileReady(id, blob));
    }

    /** True when {@code id} was an upload of ours, now ended. */
    boolean uploadEnded(String id) {
        return ask(o -> o.uploadEnded(id));
    }

    String uploadOf(String blob) {
        lock.lock();
        try {
            return outgoing.uploadOf(blob);
        } finally {
            lock.unlock();
        }
    }

    void bye() {
        change(outgoing::bye);
    }

    void stop() {
        change(outgoing::stop);
    }

    // ---- session life cycle (receive thread)

    void attach(EnvelopeLine fresh, int ratePerSecond, int burst, List<Envelope> first) {
        change(() -> outgoing.attach(fresh, ratePerSecond, burst, first, nanoTime.getAsLong()));
    }

    void inSync() {
        change(outgoing::inSync);
    }

    void detach(EnvelopeLine old) {
        change(() -> outgoing.detach(old));
    }

    void resetCounter() {
        change(outgoing::resetCounter);
    }

    void heard() {
        change(() -> outgoing.heard(nanoTime.getAsLong()));
    }

    void processed(long n) {
        change(() -> outgoing.processed(n, nanoTime.getAsLong()));
    }

    void pong(String id) {
        change(() -> outgoing.pong(id));
    }

    // ---- the send thread

    /** Runs until stopped or after our {@code bye}; owns every write after login. */
    void run() {
        while (true) {
            WriteStep step;
            try {
                step = awaitStep();
            } catch (InterruptedException e) {
                return;
            }
            switch (step) {
                case WriteStep.Stop stop -> {
                    return;
                }
                case WriteStep.CloseDead dead -> dead.line().close();
                case WriteStep.Write write -> {
                    if (writeAll(write.line(), write.envelopes())) {
                        write.report().forEach(progress);
                    }
                }
                case WriteStep.WriteAndFinish last -> {
                    writeAll(last.line(), last.envelopes());
                    // Half-close after bye: a full close with unread data would reset the
                    // connection, and a reset can make the relay drop the bye it has not read yet.
                    // The receive thread reads on until the relay closes its side.
                    last.line().finishSending();
                    return;
                }
                case WriteStep.Wait wait -> throw new IllegalStateException("awaitStep never returns a wait");
            }
        }
    }

    private WriteStep awaitStep() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                WriteStep step = outgoing.next(nanoTime.getAsLong());
                if (!(step instanceof WriteStep.Wait(long nanos))) {
                    return step;
                }
                changed.await(nanos, TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /** False when the connection failed: the receive thread notices and reconnects. */
    private static boolean writeAll(EnvelopeLine line, List<Envelope> envelopes) {
        try {
            for (Envelope envelope : envelopes) {
                line.write(envelope);
            }
            line.flush();
            return true;
        } catch (IOException e) {
            line.close();
            return false;
        }
    }

    private void change(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean ask(Predicate<Outgoing> question) {
        lock.lock();
        try {
            boolean answer = question.test(outgoing);
            changed.signalAll();
            return answer;
        } finally {
            lock.unlock();
        }
    }
}
