package dev.hearth.relay.session;

import java.util.concurrent.atomic.AtomicInteger;

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
    private final byte[] bytes;
    private final AtomicInteger queues = new AtomicInteger();

    private SharedBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code line}, to be handed to one recipient or many; nobody may change the array afterwards. */
    public static SharedBody of(byte[] line) {
        return new SharedBody(line);
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return bytes.length;
    }

    /** One more queue holds it: the body's length when it is the first, else 0. */
    int queued() {
        return queues.getAndIncrement() == 0 ? bytes.length : 0;
    }

    /** A queue let go of it: the body's length when that was the last, else 0. */
    int unqueued() {
        return queues.decrementAndGet() == 0 ? bytes.length : 0;
    }
}
