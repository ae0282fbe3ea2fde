package dev.hearth.client.net;

import dev.hearth.protocol.Envelope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger of {@code say}/{@code dm} requests not yet settled by their echo or an error: what
 * makes "nothing lost, nothing twice" hold across drops. A message stays here until settled;
 * it is written once per session, in the order sent, and only once the session is in sync (the
 * relay has replayed what we missed, so an echo that already came is not sent again). Not
 * thread-safe: the {@link SendQueue} calls it under its lock.
 */
final class PendingMessages {

    private final Map<String, Envelope> unconfirmed = new LinkedHashMap<>();
    private final Deque<String> toWrite = new ArrayDeque<>();
    private boolean inSync;

    /** A new message; written in this session if it is in sync, else when it gets there. */
    void add(String id, Envelope message) {
        unconfirmed.put(id, message);
        if (inSync) {
            toWrite.add(id);
        }
    }

    /** Its echo or error arrived: true when it was ours and still open. */
    boolean settle(String id) {
        return unconfirmed.remove(id) != null;
    }

    boolean isOpen(String id) {
        return unconfirmed.containsKey(id);
    }

    /** The relay dropped it for the rate: written again first. False when it is not ours or settled. */
    boolean writeAgainFirst(String id) {
        if (!unconfirmed.containsKey(id)) {
            return false;
        }
        if (inSync) {
            toWrite.remove(id);
            toWrite.addFirst(id);
        }
        return true;
    }

    /** A new connection: nothing is written on it until {@link #synced}. */
    void connectionChanged() {
        inSync = false;
        toWrite.clear();
    }

    /** The relay has caught us up: every message still open is written again, oldest first. */
    void synced() {
        inSync = true;
        toWrite.clear();
        toWrite.addAll(unconfirmed.keySet());
    }

    /** Whether the relay has caught this connection up, so that requests are written on it. */
    boolean inSync() {
        return inSync;
    }

    /** Whether a message is waiting to be written now. */
    boolean hasToWrite() {
        return inSync && !toWrite.isEmpty();
    }

    /**
     * The next messages to write, as many as {@code allowed} admits one by one (the pacer);
     * each is written once per session.
     */
    List<Envelope> takeToWrite(java.util.function.BooleanSupplier allowed) {
        List<Envelope> due = new java.util.ArrayList<>();
        while (inSync && !toWrite.isEmpty()) {
            Envelope next = unconfirmed.get(toWrite.peekFirst());
            if (next == null) {
                toWrite.removeFirst(); // settled while waiting
            } else if (allowed.getAsBoolean()) {
                toWrite.removeFirst();
                due.add(next);
            } else {
                break;
            }
        }
        return due;
    }
}
