package dev.hearth.relay.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoded envelopes a session has been sent and the client has not acknowledged, kept for
 * resumption. Bounded in bytes: past the bound the oldest are dropped, and a resumption that
 * would need them fails. Memory only.
 *
 * <p>Guarded by the router lock.
 */
public final class ReplayBuffer {

    private final long maxBytes;
    private final ArrayDeque<OutLine> entries = new ArrayDeque<>();
    private long bytes;
    private long memory;
    /** Highest n dropped by the bound or acknowledged; everything after it is still here. */
    private long floor;

    public ReplayBuffer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Only through its session, which tells the relay-wide budget what this returns: how much
     * {@link #heldBytes} changed (less than the line's cost when the bound dropped older lines).
     */
    long add(OutLine line) {
        long before = memory;
        entries.addLast(line);
        bytes += line.length();
        memory += line.memory();
        while (bytes > maxBytes && !entries.isEmpty()) {
            OutLine dropped = entries.removeFirst();
            bytes -= dropped.length();
            memory -= dropped.memory();
            floor = dropped.n();
        }
        return memory - before;
    }

    /** The client has processed everything up to {@code n}. Only through its session, like {@link #add}. */
    void acknowledge(long n) {
        while (!entries.isEmpty() && entries.peekFirst().n() <= n) {
            OutLine done = entries.removeFirst();
            bytes -= done.length();
            memory -= done.memory();
            floor = done.n();
        }
    }

    /**
     * Replaces the lines of message {@code mid} with {@code body}, keeping their numbers: its
     * author deleted it, and a replay may not bring its text back. Only through its session, like
     * {@link #add}.
     */
    void redact(String mid, byte[] body) {
        if (entries.stream().noneMatch(line -> mid.equals(line.mid()))) {
            return; // the common case: nothing to rebuild
        }
        // Deletions are rare and rate-limited: rebuilding the queue beats a linked list's cost per line.
        List<OutLine> kept = new ArrayList<>(entries);
        entries.clear();
        for (OutLine line : kept) {
            if (mid.equals(line.mid())) {
                OutLine redacted = line.withBody(body);
                bytes += redacted.length() - line.length();
                memory += redacted.memory() - line.memory();
                line = redacted;
            }
            entries.addLast(line);
        }
    }

    /** Whether every envelope after {@code last} up to {@code latest} is still here. */
    public boolean canReplayAfter(long last, long latest) {
        return last >= floor && last <= latest;
    }

    /**
     * The envelopes after {@code last}, oldest first; a bulk line made again now. Called with the
     * router lock held, as making a bulk line again reads the relay's file memory.
     */
    public List<OutLine> after(long last) {
        List<OutLine> lines = new ArrayList<>();
        for (OutLine line : entries) {
            if (line.n() > last) {
                lines.add(line.forReplay());
            }
        }
        return lines;
    }

    /** Drops everything: a resumption can then only start after the newest line kept so far. */
    void dropAll() {
        if (!entries.isEmpty()) {
            floor = entries.peekLast().n();
            entries.clear();
            bytes = 0;
            memory = 0;
        }
    }

    /** The encoded lines' bytes, which the per-session bound counts. */
    public long bytes() {
        return bytes;
    }

    /**
     * What the lines cost in memory, which the relay-wide budget counts: each line's bytes and
     * overhead, in full even where a room message's body is shared with its other recipients.
     */
    public long heldBytes() {
        return memory;
    }
}
