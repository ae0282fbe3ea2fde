package dev.hearth.client.net;

import dev.hearth.protocol.Ack;
import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.protocol.Typing;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Everything waiting to go to the relay, and the decision of what to write at a given instant.
 *
 * <p>It combines the send-side concerns, each in its own class: {@link PendingMessages} (the
 * {@code say}/{@code dm} ledger), {@link AckSchedule}, {@link Keepalive} and {@link SendPacer},
 * plus the control requests and pongs. Times are the caller's monotonic nanoseconds, so a test
 * walks it through minutes in microseconds. Not thread-safe: {@link SendQueue} owns the lock and
 * the thread.
 */
final class Outgoing {

    /**
     * File chunks written in one step at most (about 175 KB): a step's write blocks while the
     * connection is full, and chat queued meanwhile goes out in the next step, not behind a file.
     */
    static final int CHUNKS_PER_STEP = 4;

    /** How long the send thread sleeps when nothing at all is scheduled. */
    static final long IDLE_WAIT_NANOS = Duration.ofMillis(500).toNanos();

    private final Deque<Envelope> control = new ArrayDeque<>();
    private final PendingMessages pending = new PendingMessages();
    private final Uploads uploads = new Uploads();
    /** Files offered while the relay already has its most uploads of ours: offered as those end. */
    private final Deque<WaitingUpload> waitingUploads = new ArrayDeque<>();
    private final List<Pong> pongs = new ArrayList<>();
    private final SendPacer pacer;
    private final Keepalive keepalive;
    private final AckSchedule acks;
    private EnvelopeLine line;
    private boolean byeRequested;
    private boolean stopped;

    Outgoing(ClientOptions options, long now) {
        this.pacer = new SendPacer(ProtocolDefaults.RATE_PER_SECOND, ProtocolDefaults.BURST, now);
        this.keepalive = new Keepalive(options.pingAfter(), options.answerWithin(), now);
        this.acks = new AckSchedule(options.ackEvery(), options.ackAfter());
    }

    // ---- requests

    void request(Envelope envelope) {
        // "Typing" is about now: one that waited for a reconnect would be a lie.
        if (!(envelope instanceof Typing) || line != null) {
            control.add(envelope);
        }
    }

    /** A {@code say} or {@code dm}: kept until settled, written once the session is in sync. */
    void submit(String id, Envelope envelope) {
        pending.add(id, envelope);
    }

    /** The echo or an error for {@code id} arrived; true when it was ours and still open. */
    boolean settle(String id) {
        return pending.settle(id);
    }

    /**
     * The relay dropped {@code id} with {@code rate-limited} despite the pacing (clocks drift):
     * write it again next, after a pause, rather than fail a message the user did nothing wrong with.
     */
    boolean retryLater(String id, long now) {
        if (!pending.writeAgainFirst(id)) {
            return false;
        }
        pacer.drain(now);
        return true;
    }

    boolean isUnconfirmed(String id) {
        return pending.isOpen(id);
    }

    /** A file offered while the relay had no room for another upload of ours. */
    private record WaitingUpload(String id, FileOffer offer, OutgoingFile file) {}

    /**
     * A file's offer: written like a {@code say}, and once the relay takes it, its chunks. While
     * the relay already has {@link ProtocolDefaults#UPLOADS_PER_SESSION} uploads of ours under way
     * (a further offer would be refused as {@code files-full}), it waits for one of them to end.
     */
    void offerFile(String id, FileOffer offer, OutgoingFile file) {
        waitingUploads.add(new WaitingUpload(id, offer, file));
        offerWaiting();
    }

    private void offerWaiting() {
        while (uploads.count() < ProtocolDefaults.UPLOADS_PER_SESSION && !waitingUploads.isEmpty()) {
            WaitingUpload next = waitingUploads.poll();
            uploads.add(next.id(), next.offer(), next.file());
            pending.add(next.id(), next.offer());
        }
    }

    /**
     * The relay answered offer {@code id} with {@code blob}. Only an answer on this connection
     * after it is in sync counts: one replayed from before was for an upload the new offer replaces.
     */
    void fileReady(String id, String blob) {
        if (pending.inSync()) {
            uploads.ready(id, blob);
        }
    }

    /** The upload {@code id} was delivered, failed or was cancelled; true when it was ours. The next waiting file is offered. */
    boolean uploadEnded(String id) {
        pending.settle(id);
        boolean ours = uploads.end(id) || waitingUploads.removeIf(waiting -> waiting.id().equals(id));
        offerWaiting();
        return ours;
    }

    /** The upload going into {@code blob}, or null. */
    String uploadOf(String blob) {
        return uploads.idOfBlob(blob);
    }

    void bye() {
        byeRequested = true;
    }

    void stop() {
        stopped = true;
    }

    // ---- the connection's life

    /** A new connection is logged in: nothing but {@code first} is written on it until {@link #inSync}. */
    void attach(EnvelopeLine fresh, int ratePerSecond, int burst, List<Envelope> first, long now) {
        line = fresh;
        pending.connectionChanged();
        uploads.restart().forEach(pending::add);
        pongs.clear();
        keepalive.reset(now);
        pacer.reset(ratePerSecond, burst, now);
        for (int i = first.size() - 1; i >= 0; i--) {
            control.addFirst(first.get(i));
        }
    }

    /** Everything the relay owed us has arrived: write again what is still unconfirmed, then live. */
    void inSync() {
        pending.synced();
    }

    void detach(EnvelopeLine old) {
        if (line == old) {
            line = null;
            pending.connectionChanged();
        }
    }

    /** A fresh session restarts the relay's {@code n} at 1. */
    void resetCounter() {
        acks.restart();
    }

    void heard(long now) {
        keepalive.heard(now);
    }

    void processed(long n, long now) {
        acks.processed(n, now);
    }

    void pong(String id) {
        pongs.add(new Pong(id));
    }

    // ---- the decision

    /** What to do at {@code now}; anything it returns to write is taken off the queue. */
    WriteStep next(long now) {
        if (stopped) {
            return new WriteStep.Stop();
        }
        if (line != null && keepalive.dead(now)) {
            // The path stopped forwarding, and the socket may take a minute to say so.
            EnvelopeLine dead = line;
            detach(dead);
            return new WriteStep.CloseDead(dead);
        }
        if (line != null) {
            List<Envelope> due = takeDue(now);
            if (byeRequested) {
                due.add(new Bye(null));
                stopped = true;
                return new WriteStep.WriteAndFinish(line, due);
            }
            List<ClientEvent> report = new ArrayList<>();
            if (pending.inSync()) {
                for (Uploads.Piece piece : uploads.take(CHUNKS_PER_STEP)) {
                    due.add(piece.chunk());
                    report.add(new ClientEvent.UploadProgress(piece.id(), piece.sentBytes(), piece.size()));
                }
                for (Uploads.Unreadable lost : uploads.takeUnreadable()) {
                    pending.settle(lost.id());
                    report.add(new ClientEvent.UploadFailed(lost.id(), ClientEvent.UploadFailed.UNREADABLE,
                            lost.cause().getMessage()));
                    offerWaiting();
                }
            }
            if (!due.isEmpty() || !report.isEmpty()) {
                return new WriteStep.Write(line, due, report);
            }
        }
        return new WriteStep.Wait(untilNext(now));
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

    private long untilNext(long now) {
        long wait = IDLE_WAIT_NANOS;
        if (line != null) {
            wait = Math.min(wait, Math.min(keepalive.untilNextCheck(now), acks.untilDue(now)));
            if (pending.hasToWrite()) {
                wait = Math.min(wait, pacer.untilNext(now).toNanos());
            }
            if (pending.inSync() && uploads.hasChunks()) {
                wait = 1;
            }
        }
        return Math.max(1, wait);
    }
}
