package dev.hearth.relay.net;

import dev.hearth.relay.session.OutLine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One connection's outbound queue and the body of its writer thread. Producers (the router, under
 * its lock) only append to the queue; the writer takes everything pending at once and writes it
 * with one flush, outside any lock. Bounded in bytes, counted until written: a peer that stops
 * reading fills it, and the next offer fails, so the connection is cut off instead of anyone
 * waiting for it. What it holds counts against the relay-wide {@link OutboundBudget} as well, from
 * the moment it is queued until it is written or the outbox dies, a body shared with other queues
 * once among them ({@link OutLine#queueCharge}).
 *
 * <p>The writer thread runs only while there is something to write: once its connection has been
 * quiet for {@value #IDLE_WRITER_SECONDS} s the watchdog's next round ends it ({@link #retireIdleWriter}),
 * and the next line starts a new one (see {@link #startWritersWith}), so an idle connection holds
 * no writer and no writer's stack. The writer itself waits for lines without a timeout: a timed
 * wait costs a timer set and cancelled on every wake, which profiles of a busy relay showed as a
 * sixth of its time (the JDK's timer thread woken for each, on the same core).
 *
 * <p>A line for a waiting writer that finished a write less than a {@link WriteRounds#ROUND} ago is
 * held for the next round instead of waking it ({@link WriteRounds}): a busy connection's lines
 * then leave a round's worth at a time. A first line after a quiet spell, lines asked for, last
 * words and lines to a reader already falling behind wake the writer at once.
 *
 * <p>{@link #offer}, {@link #finish} and {@link #kill} run on any thread; {@link #drain} runs on
 * the connection's writer thread.
 */
final class Outbox {
    /** A writer with nothing to write for this long is ended by the watchdog; the next line starts another. */
    static final int IDLE_WRITER_SECONDS = 2;
    /**
     * Bytes queued (asked-for ones too) below which bulk lines, chunks of a file being fetched,
     * may be queued: two chunk lines at most, so chat queued after them waits behind little.
     */
    static final long BULK_MARK_BYTES = 64 * 1024;
    /** What {@link #takeBatch} returns to a writer that has waited long enough. */
    private static final List<QueuedLine> IDLE = List.of();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Signalled when a write leaves the live queue at or below {@link #resumeMark}, for paced senders. */
    private final Condition caughtUp = lock.newCondition();
    private final long maxBytes;
    /** Live bytes past which whoever queues here is asked to let this reader catch up ({@link Offer#BEHIND}). */
    private final long pauseMark;
    /** Live bytes at or below which a paced sender goes on. */
    private final long resumeMark;
    private final LongSupplier nanos;
    private final long idleWriterNanos;
    private final long maxRequestedBytes;
    private final OutboundBudget budget;

    // Guarded by lock
    private final ArrayDeque<QueuedLine> queue = new ArrayDeque<>();
    // Guarded by lock: the batch the writer is writing, until it is released; null between batches
    private List<QueuedLine> writing;
    // Guarded by lock: bytes queued or being written; 0 once dead
    private long pendingBytes;
    // Guarded by lock: lines queued or being written; 0 once dead
    private long pendingLines;
    // Guarded by lock: what those lines cost counted alone ({@link OutLine#memory}), by which the
    // budget tells how far behind this reader is; the per-connection bound counts their bytes
    // alone, as the protocol says. 0 once dead
    private long pendingMemory;
    // Guarded by lock: requested bytes (a replay, a join's backlog) not yet written, allowed on top
    // of the bound so a client that asked for much is not cut off by live traffic arriving behind it
    private long requestedAllowance;
    // Written under lock, once: accept nothing more, write what is queued, then stop. Volatile,
    // as is dead, so that a sender asking after every line whether the connection is closing
    // ({@link #finishing}) does not take the lock a second time; neither ever turns false again.
    private volatile boolean finishing;
    // Written under lock, once: stop now, drop what is queued; everything charged has been released
    private volatile boolean dead;
    // Guarded by lock: when the writer last finished a write (or the queue last went from empty to busy)
    private long progressNanos;
    // Guarded by lock: senders waiting for this reader to catch up
    private int pacedSenders;
    // Guarded by lock: a writer thread runs, or has been asked to start
    private boolean writerRunning;
    // Written under lock: the writer is waiting for lines. Volatile so the watchdog's round can
    // pass over the many connections without a writer without taking their locks.
    private volatile boolean writerWaiting;
    // Guarded by lock: the watchdog found the writer idle long enough; it ends unless a line came
    private boolean retireWriter;
    // Set once the connection can be written to; until then (and in tests that drain by hand)
    // lines only queue
    private volatile Runnable writerStarter;
    // Guarded by lock: someone waits to hear that bulk lines may be queued again
    private boolean bulkWanted;
    // Told, from the writer thread and outside every lock, that bulk lines may be queued again
    private volatile Runnable roomForBulkListener = () -> { };
    // Null: every line wakes the writer at once
    private final WriteRounds rounds;
    // Guarded by lock: when the writer last finished a write
    private long lastWriteNanos;
    // Guarded by lock: lines wait for the next write round, which wakes the writer
    private boolean held;

    /**
     * What became of an offered line. {@code BEHIND}: queued, but this reader has fallen a quarter
     * of its bound behind; the sender should give it a moment ({@link #awaitCatchUp}) before
     * queueing more, so that a burst is spread out instead of being mistaken for a dead reader.
     */
    enum Offer { QUEUED, BEHIND, OVERFLOW, CLOSED }

    /**
     * @param maxBytes          live bytes queued before the reader counts as slow
     * @param maxRequestedBytes requested bytes queued on top, before the reader counts as slow
     * @param budget            the relay-wide budget every queued byte also counts against
     * @param nanos             the monotonic clock progress is measured on
     * @param rounds            where lines for a busy connection wait for their writer; null: nowhere
     */
    Outbox(long maxBytes, long maxRequestedBytes, OutboundBudget budget, LongSupplier nanos, WriteRounds rounds) {
        this(maxBytes, maxRequestedBytes, budget, nanos, TimeUnit.SECONDS.toNanos(IDLE_WRITER_SECONDS), rounds);
    }

    /** @param idleWriterNanos how long a writer with nothing to write waits before it ends */
    Outbox(long maxBytes, long maxRequestedBytes, OutboundBudget budget, LongSupplier nanos, long idleWriterNanos,
            WriteRounds rounds) {
        this.idleWriterNanos = idleWriterNanos;
        this.rounds = rounds;
        this.maxBytes = maxBytes;
        this.maxRequestedBytes = maxRequestedBytes;
        this.budget = budget;
        this.nanos = nanos;
        this.pauseMark = maxBytes / 4;
        this.resumeMark = maxBytes / 8;
        this.progressNanos = nanos.getAsLong();
        this.lastWriteNanos = progressNanos - WriteRounds.ROUND_NANOS; // none yet: nothing to hold for
    }

    Outbox(long maxBytes, long maxRequestedBytes, OutboundBudget budget) {
        this(maxBytes, maxRequestedBytes, budget, System::nanoTime, null);
    }

    /** Queues a line, unless the outbox is closing or the line would exceed its bound (it is then dead). */
    Offer offer(OutLine line) {
        return offer(List.of(line));
    }

    /**
     * Queues lines together, as {@link #offer(OutLine)} does each, waking the writer once: it finds
     * them all. Nothing is queued when together they would exceed the bound (the outbox is then dead).
     */
    Offer offer(List<OutLine> lines) {
        boolean start = false;
        boolean hold = false;
        lock.lock();
        try {
            if (finishing || dead) {
                return Offer.CLOSED;
            }
            if (pendingBytes + bytesOf(lines) > maxBytes + requestedAllowance) {
                die();
                return Offer.OVERFLOW;
            }
            if (pendingLines == 0) {
                progressNanos = nanos.getAsLong(); // an idle writer has not fallen behind
            }
            append(lines, false);
            boolean behind = pendingBytes - requestedAllowance > pauseMark;
            if (!behind && rounds != null && writerWaiting
                    && (held || nanos.getAsLong() - lastWriteNanos < WriteRounds.ROUND_NANOS)) {
                hold = !held;
                held = true;
            } else {
                start = wakeWriter();
            }
            return behind ? Offer.BEHIND : Offer.QUEUED;
        } finally {
            lock.unlock();
            startWriterIf(start);
            if (hold) {
                rounds.hold(this);
            }
        }
    }

    /** Called on a write round: the writer takes what was held for it. */
    void endHold() {
        boolean start = false;
        lock.lock();
        try {
            held = false;
            start = !dead && !queue.isEmpty() && wakeWriter();
        } finally {
            lock.unlock();
            startWriterIf(start);
        }
    }

    /**
     * Queues lines the client asked for; they count against an allowance of their own, not the
     * bound. False, and the outbox dead, when unwritten requested bytes would exceed that allowance:
     * a client that keeps asking without reading is a slow reader too.
     */
    boolean offerRequested(List<OutLine> lines) {
        boolean start = false;
        lock.lock();
        try {
            if (finishing || dead) {
                return true;
            }
            long bytes = bytesOf(lines);
            if (requestedAllowance + bytes > maxRequestedBytes) {
                die();
                return false;
            }
            append(lines, true);
            requestedAllowance += bytes;
            start = wakeWriter();
            return true;
        } finally {
            lock.unlock();
            startWriterIf(start);
        }
    }

    /** Queues an optional last line; the writer stops once everything queued is written. */
    void finish(OutLine lastLine) {
        boolean start = false;
        lock.lock();
        try {
            if (lastLine != null && !finishing && !dead) {
                append(List.of(lastLine), false);
            }
            finishing = true;
            start = !dead && wakeWriter();
        } finally {
            lock.unlock();
            startWriterIf(start);
        }
    }

    /**
     * From now on a writer thread is started by {@code starter} whenever lines wait and none
     * runs; one starts at once if lines are already waiting. Called once, when the connection can
     * be written to.
     */
    void startWritersWith(Runnable starter) {
        boolean start = false;
        lock.lock();
        try {
            writerStarter = starter;
            start = !dead && (!queue.isEmpty() || finishing) && wakeWriter();
        } finally {
            lock.unlock();
            startWriterIf(start);
        }
    }

    /** Guarded by lock: queues {@code lines}, counted in this queue's totals and the relay-wide budget. */
    private void append(List<OutLine> lines, boolean requested) {
        long charge = 0;
        for (OutLine line : lines) {
            queue.addLast(new QueuedLine(line, requested));
            pendingBytes += line.length();
            pendingMemory += line.memory();
            charge += line.queueCharge();
        }
        pendingLines += lines.size();
        budget.charge(charge);
    }

    private static long bytesOf(List<OutLine> lines) {
        long bytes = 0;
        for (OutLine line : lines) {
            bytes += line.length();
        }
        return bytes;
    }

    /** Guarded by lock: wakes the writer; true when none runs and the caller must start one, outside the lock. */
    private boolean wakeWriter() {
        changed.signal();
        if (writerStarter == null || writerRunning) {
            return false;
        }
        writerRunning = true;
        return true;
    }

    private void startWriterIf(boolean start) {
        if (start) {
            writerStarter.run();
        }
    }

    /** Who is told, once each time {@link #roomForBulk} said no, that there is room now. */
    void whenRoomForBulk(Runnable listener) {
        roomForBulkListener = listener;
    }

    /**
     * Whether a bulk line may be queued now: less than {@link #BULK_MARK_BYTES} is queued or being
     * written. When not, the listener is told once there is, after a write.
     */
    boolean roomForBulk() {
        lock.lock();
        try {
            if (finishing || dead) {
                return false;
            }
            if (pendingBytes < BULK_MARK_BYTES) {
                return true;
            }
            bulkWanted = true;
            return false;
        } finally {
            lock.unlock();
        }
    }

    void kill() {
        lock.lock();
        try {
            die();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops the queue and gives the budget back everything charged, the batch being written
     * included: that batch is gone once its write fails, which closing the socket makes happen at
     * once, and counting it meanwhile would have the budget cut off a second connection for it.
     */
    private void die() {
        if (!dead) {
            dead = true;
            long freed = releaseAll(queue);
            if (writing != null) {
                freed += releaseAll(writing);
                writing = null;
            }
            queue.clear();
            budget.release(freed);
            pendingBytes = 0;
            pendingLines = 0;
            pendingMemory = 0;
            requestedAllowance = 0;
        }
        changed.signal();
        caughtUp.signalAll();
    }

    /**
     * Called by a sender that was told {@link Offer#BEHIND}, outside every lock: waits while this
     * reader is more than an eighth of its bound behind <em>and</em> draining, at most
     * {@code maxWaitNanos}. A reader whose writer has not finished a write for
     * {@code stalledAfterNanos} is not waited for at all: a stalled peer never holds a sender
     * back; its queue fills and it is cut off. A burst to readers that keep reading is thus spread
     * out at their pace instead of overflowing their queues.
     *
     * @return false when interrupted
     */
    boolean awaitCatchUp(long maxWaitNanos, long stalledAfterNanos) {
        lock.lock();
        try {
            long left = maxWaitNanos;
            pacedSenders++;
            try {
                while (left > 0 && !dead && pendingBytes - requestedAllowance > resumeMark
                        && nanos.getAsLong() - progressNanos < stalledAfterNanos) {
                    left = caughtUp.awaitNanos(left);
                }
            } finally {
                pacedSenders--;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called on the watchdog's round: a writer that has waited for lines since {@code idleWriterNanos}
     * before {@code now} ends, giving back its thread and stack; the next line starts another.
     */
    void retireIdleWriter(long now) {
        if (!writerWaiting) {
            return; // no writer, or a busy one: nothing to end, and no lock taken on every round
        }
        lock.lock();
        try {
            if (writerWaiting && queue.isEmpty() && now - progressNanos >= idleWriterNanos) {
                retireWriter = true;
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** What is queued or being written, for the relay-wide budget to compare connections by. */
    OutboundBudget.Waiting waiting() {
        lock.lock();
        try {
            return dead ? OutboundBudget.Waiting.NONE
                    : new OutboundBudget.Waiting(pendingBytes - requestedAllowance, pendingMemory);
        } finally {
            lock.unlock();
        }
    }

    boolean finishing() {
        return finishing || dead;
    }

    /** Whether a writer waits for lines (one ending on the watchdog's word does not). */
    boolean writerWaiting() {
        return writerWaiting;
    }

    /**
     * A writer thread's body: writes until the connection has been quiet for
     * {@value #IDLE_WRITER_SECONDS} s (false: the thread just ends) or the outbox is finished or
     * killed (true: the connection is over). A failed write throws.
     */
    boolean drain(OutputStream out) throws IOException, InterruptedException {
        while (true) {
            List<QueuedLine> batch = takeBatch();
            if (batch == IDLE) {
                return false;
            }
            if (batch == null) {
                return true;
            }
            long bytes = 0;
            long memory = 0;
            long requested = 0;
            boolean bulk = false;
            for (QueuedLine queued : batch) {
                bulk |= queued.line().bulk();
                int length = queued.line().length();
                bytes += length;
                memory += queued.line().memory();
                if (queued.requested()) {
                    requested += length;
                }
            }
            boolean roomForBulk;
            try {
                BatchWrite.write(out, batch, bytes);
            } finally {
                // Written or failed, the batch is gone either way.
                roomForBulk = release(batch, bytes, memory, requested);
            }
            if (roomForBulk) {
                roomForBulkListener.run();
            }
            if (bulk) {
                // A file's chunks were written: the lines of chat waiting for a carrier thread go
                // first. Virtual threads know no priorities, and fifty readers fetching at full
                // speed otherwise had a chat line wait its turn behind their writes.
                Thread.yield();
            }
        }
    }

    /** Everything queued, or null when there is nothing more to write. */
    private List<QueuedLine> takeBatch() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !finishing && !dead) {
                if (retireWriter) {
                    retireWriter = false;
                    writerRunning = false;
                    return IDLE;
                }
                writerWaiting = true;
                try {
                    changed.await();
                } finally {
                    writerWaiting = false;
                }
            }
            retireWriter = false;
            if (dead || queue.isEmpty()) {
                return null;
            }
            List<QueuedLine> batch = new ArrayList<>(queue);
            queue.clear();
            writing = batch;
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** @return true when someone waiting to queue bulk lines is to be told there is room now */
    private boolean release(List<QueuedLine> batch, long written, long memory, long requestedWritten) {
        lock.lock();
        try {
            if (dead) {
                return false; // a dead outbox released everything when it died
            }
            writing = null;
            pendingBytes -= written;
            pendingLines -= batch.size();
            pendingMemory -= memory;
            requestedAllowance -= requestedWritten;
            budget.release(releaseAll(batch));
            progressNanos = nanos.getAsLong();
            lastWriteNanos = progressNanos;
            if (pacedSenders > 0) {
                caughtUp.signalAll();
            }
            boolean tell = bulkWanted && !finishing && pendingBytes < BULK_MARK_BYTES;
            if (tell) {
                bulkWanted = false;
            }
            return tell;
        } finally {
            lock.unlock();
        }
    }

    /** Lets go of every line of {@code lines}, once each: what the budget is to be given back. */
    private static long releaseAll(Iterable<QueuedLine> lines) {
        long freed = 0;
        for (QueuedLine queued : lines) {
            freed += queued.line().queueRelease();
        }
        return freed;
    }
}
