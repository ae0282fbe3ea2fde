package dev.hearth.relay.session;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An encoded line, counter not yet added, as every recipient of a room message shares it; and how
 * many outbound queues hold it now, so the relay-wide outbound budget counts its bytes once, from
 * the first queue that takes it until the last lets go. Counting it in full for every holder
 * overstated what 500 readers a moment behind hold by the size of the room, and cut off readers
 * that were keeping up.
 *
 * <p>The bytes never change. The count is changed by queueing threads and writer threads at once.
 */
public final class SharedBody {
    private final int length;
    private final AtomicInteger queues = new AtomicInteger();
    /** Makes the bytes of a body encoded when first written; null once they are made (or given). */
    private Supplier<byte[]> make; // guarded by this
    private volatile byte[] bytes;
    private final boolean later;

    private SharedBody(byte[] bytes, int length, Supplier<byte[]> make) {
        this.bytes = bytes;
        this.length = length;
        this.make = make;
        this.later = make != null;
    }

    /** {@code line}, to be handed to one recipient or many; nobody may change the array afterwards. */
    public static SharedBody of(byte[] line) {
        return new SharedBody(line, line.length, null);
    }

    /**
     * A body of {@code length} bytes made by {@code make} only when it is first written, on the
     * writer's thread: a file's chunk line is long to encode, and queueing it happens under the
     * router's lock, which everyone's chat waits for. {@code make} must give exactly
     * {@code length} bytes, always the same (queues and budgets count it before it exists).
     */
    public static SharedBody later(int length, Supplier<byte[]> make) {
        return new SharedBody(null, length, make);
    }

    byte[] bytes() {
        byte[] made = bytes;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (bytes == null) {
                byte[] line = make.get();
                if (line.length != length) {
                    throw new IllegalStateException("a body promised " + length + " bytes and made " + line.length);
                }
                bytes = line;
                make = null;
            }
            return bytes;
        }
    }

    int length() {
        return length;
    }

    /** Whether it was made when first written: a file's chunk, which chat goes ahead of. */
    boolean later() {
        return later;
    }

    /** One more queue holds it: the body's length when it is the first, else 0. */
    int queued() {
        return queues.getAndIncrement() == 0 ? length : 0;
    }

    /** A queue let go of it: the body's length when that was the last, else 0. */
    int unqueued() {
        return queues.decrementAndGet() == 0 ? length : 0;
    }
}
