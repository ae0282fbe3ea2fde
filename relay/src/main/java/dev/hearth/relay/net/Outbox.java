package dev.hearth.relay.net;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection's outbound queue and the body of its writer thread. Producers (the router, under
 * its lock) only append to the queue; the writer takes everything pending at once and writes it
 * with one flush, outside any lock. Bounded in bytes, counted until written: a peer that stops
 * reading fills it, and the next offer fails, so the connection is cut off instead of anyone
 * waiting for it.
 *
 * <p>{@link #offer}, {@link #finish} and {@link #kill} run on any thread; {@link #drainUntilClosed}
 * runs on the connection's writer thread.
 */
final class Outbox {
    private static final int WRITE_BUFFER_BYTES = 64 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final long maxBytes;
    // Guarded by lock
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    // Guarded by lock: bytes queued or being written
    private long pendingBytes;
    // Guarded by lock: replayed bytes not yet written, allowed on top of the bound so a resumption
    // on a slow link is not cut off by live traffic arriving behind its replay
    private long replayAllowance;
    // Guarded by lock: accept nothing more, write what is queued, then stop
    private boolean finishing;
    // Guarded by lock: stop now, drop what is queued
    private boolean dead;

    /** What became of an offered line. */
    enum Offer { QUEUED, OVERFLOW, CLOSED }

    Outbox(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Queues a line, unless the outbox is closing or the line would exceed its bound (it is then dead). */
    Offer offer(byte[] line) {
        lock.lock();
        try {
            if (finishing || dead) {
                return Offer.CLOSED;
            }
            if (pendingBytes + line.length > maxBytes + replayAllowance) {
                dead = true;
                queue.clear();
                changed.signal();
                return Offer.OVERFLOW;
            }
            queue.addLast(line);
            pendingBytes += line.length;
            changed.signal();
            return Offer.QUEUED;
        } finally {
            lock.unlock();
        }
    }

    /** Queues a resumption's replay ahead of live traffic; its bytes do not count against the bound. */
    void preload(List<byte[]> replay) {
        lock.lock();
        try {
            if (finishing || dead) {
                return;
            }
            for (byte[] line : replay) {
                queue.addLast(line);
                pendingBytes += line.length;
                replayAllowance += line.length;
            }
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Queues an optional last line; the writer stops once everything queued is written. */
    void finish(byte[] lastLine) {
        lock.lock();
        try {
            if (lastLine != null && !finishing && !dead) {
                queue.addLast(lastLine);
                pendingBytes += lastLine.length;
            }
            finishing = true;
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    void kill() {
        lock.lock();
        try {
            dead = true;
            queue.clear();
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    boolean finishing() {
        lock.lock();
        try {
            return finishing || dead;
        } finally {
            lock.unlock();
        }
    }

    /** The writer thread's loop: returns when finished, killed, or the stream fails. */
    void drainUntilClosed(OutputStream socketOut) throws IOException, InterruptedException {
        OutputStream out = new BufferedOutputStream(socketOut, WRITE_BUFFER_BYTES);
        while (true) {
            List<byte[]> batch = takeBatch();
            if (batch == null) {
                return;
            }
            long written = 0;
            for (byte[] line : batch) {
                out.write(line);
                written += line.length;
            }
            out.flush();
            release(written);
        }
    }

    /** Everything queued, or null when there is nothing more to write. */
    private List<byte[]> takeBatch() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !finishing && !dead) {
                changed.await();
            }
            if (dead || queue.isEmpty()) {
                return null;
            }
            List<byte[]> batch = new ArrayList<>(queue);
            queue.clear();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void release(long written) {
        lock.lock();
        try {
            pendingBytes -= written;
            // Replay lines were queued first, so the first bytes written are theirs.
            replayAllowance = Math.max(0, replayAllowance - written);
        } finally {
            lock.unlock();
        }
    }
}
