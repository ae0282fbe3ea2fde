package dev.hearth.relay.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One line on its way to one connection: an encoded envelope and, once a session has numbered
 * it, its counter {@code "n"}. The encoded body is shared by every recipient of a room message
 * and by their replay buffers; each recipient's counter is spliced in only as the line is
 * written, so a message to a hundred members is kept once, not a hundred times. The bytes
 * written are exactly {@code EnvelopeCodec.withCounter(body, n)}.
 *
 * <p>The relay-wide outbound budget counts a shared body once while any queue holds it
 * ({@link #queueCharge}, {@link #queueRelease}); per-connection bounds and the replay budget count
 * every holder's line in full ({@link #memory}).
 *
 * <p>Immutable; the body is never changed by anyone once encoded. A message deleted by its
 * author is replaced in replay buffers by a line of the same number without its text.
 */
public final class OutLine {
    /**
     * What a queued or kept line costs the heap besides its bytes: this object, the entry that
     * holds it and the queue's slot. Budgets count it, lest queues of short lines hide their cost.
     */
    public static final int OVERHEAD_BYTES = 48;
    private static final byte[] COUNTER = ",\"n\":".getBytes(StandardCharsets.US_ASCII);
    private static final long UNNUMBERED = 0;
    private static final byte[] NO_BODY = "{}\n".getBytes(StandardCharsets.US_ASCII);

    private final SharedBody shared;
    /** The body's length, known before a body made later exists ({@link SharedBody#later}). */
    private final int bodyLength;
    private final long n;
    /** The message this line carries (protocol 1.1), so a deletion can find it in replay buffers; else null. */
    private final String mid;
    /** Asked for on every queue, write and acknowledgement: worked out once. */
    private final int length;
    /** For a line kept only as the way to make it again ({@link #remadeOnReplay}); else null. */
    private final Supplier<byte[]> remake;

    private OutLine(SharedBody shared, long n, String mid) {
        this(shared, n, mid, null);
    }

    private OutLine(SharedBody shared, long n, String mid, Supplier<byte[]> remake) {
        this.remake = remake;
        this.shared = shared;
        this.bodyLength = shared.length();
        this.n = n;
        this.mid = mid;
        this.length = n == UNNUMBERED ? bodyLength : bodyLength + COUNTER.length + digits(n);
    }

    /** A line sent as it is: before login, or a fatal error's last words. */
    public static OutLine plain(byte[] line) {
        return new OutLine(SharedBody.of(line), UNNUMBERED, null);
    }

    /** {@code body} (a whole encoded line, ending in {@code }\n}) numbered {@code n} (1 or more). */
    static OutLine numbered(byte[] body, long n) {
        return numbered(SharedBody.of(body), n, null);
    }

    /**
     * Like {@link #numbered(byte[], long)} for a body several recipients share, carrying message
     * {@code mid} (null: not a message). Sessions number lines; public for the queues' tests.
     */
    public static OutLine numbered(SharedBody body, long n, String mid) {
        if (n <= UNNUMBERED) {
            throw new IllegalArgumentException("a session numbers its lines from 1");
        }
        return new OutLine(body, n, mid);
    }

    /**
     * What a replay buffer keeps of a bulk line, a chunk of a file being fetched: its number and
     * the way to make its body again ({@code body}, called with the router lock held when the line
     * is replayed), not its bytes, which the relay's file memory holds already; a window of chunks
     * kept in full would cost each fetcher a megabyte and more until acknowledged. Never written:
     * {@link #forReplay} makes the line to send.
     */
    static OutLine remadeOnReplay(long n, Supplier<byte[]> body) {
        if (n <= UNNUMBERED) {
            throw new IllegalArgumentException("a session numbers its lines from 1");
        }
        return new OutLine(SharedBody.of(NO_BODY), n, null, body);
    }

    /** The line to send again in a replay: this one, or, for a bulk line, one made again now. */
    OutLine forReplay() {
        return remake == null ? this : new OutLine(SharedBody.of(remake.get()), n, null);
    }

    /** The same line number with another body: what is kept once the message's text must go. */
    OutLine withBody(byte[] newBody) {
        return new OutLine(SharedBody.of(newBody), n, mid);
    }

    /** Whether this is a bulk line, a file's chunk made when first written ({@link SharedBody#later}). */
    public boolean bulk() {
        return shared.later();
    }

    /** The message this line carries, or null. */
    public String mid() {
        return mid;
    }

    /** The session counter, or 0 for a plain line. */
    public long n() {
        return n;
    }

    /** Bytes on the wire, newline included. */
    public int length() {
        return length;
    }

    /**
     * What it costs its holder counted alone: {@link #OVERHEAD_BYTES} plus its bytes, the shared
     * body in full. The replay budget counts this, and an outbox tells how far behind it is by it.
     */
    public int memory() {
        return OVERHEAD_BYTES + length;
    }

    /**
     * Called once by an outbound queue taking the line: what the heap holds more for it, which
     * the outbound budget is charged. The overhead and this recipient's counter always; the
     * shared body only when no other queue holds it yet. Every call is matched by one
     * {@link #queueRelease} when the queue lets go.
     */
    public int queueCharge() {
        return OVERHEAD_BYTES + (length - bodyLength) + shared.queued();
    }

    /** Called once by a queue letting go of the line (written, or dropped): what the heap holds less. */
    public int queueRelease() {
        return OVERHEAD_BYTES + (length - bodyLength) + shared.unqueued();
    }

    /** Copies the line into {@code target} at {@code at}, which must have room; returns the index after it. */
    public int copyTo(byte[] target, int at) {
        requireBody();
        byte[] body = shared.bytes();
        if (n == UNNUMBERED) {
            System.arraycopy(body, 0, target, at, body.length);
            return at + body.length;
        }
        int open = body.length - 2; // up to the closing '}' and the newline
        System.arraycopy(body, 0, target, at, open);
        return copyCounter(target, at + open);
    }

    /** Writes the line; a long one goes out without an extra copy of its body. */
    public void writeTo(OutputStream out) throws IOException {
        requireBody();
        byte[] body = shared.bytes();
        if (n == UNNUMBERED) {
            out.write(body);
            return;
        }
        out.write(body, 0, body.length - 2);
        byte[] counter = new byte[length - (body.length - 2)];
        copyCounter(counter, 0);
        out.write(counter);
    }

    /** The line as one array, for tests and small writes. */
    public byte[] toBytes() {
        byte[] line = new byte[length()];
        copyTo(line, 0);
        return line;
    }

    private void requireBody() {
        if (remake != null) {
            throw new IllegalStateException("a line kept to be made again is never written; replay its forReplay()");
        }
    }

    /** {@code ,"n":123}} and the newline, at {@code at}; returns the index after it. */
    private int copyCounter(byte[] target, int at) {
        System.arraycopy(COUNTER, 0, target, at, COUNTER.length);
        int first = at + COUNTER.length;
        int end = at + (length - (bodyLength - 2)) - 2;
        long rest = n;
        for (int i = end - 1; i >= first; i--) {
            target[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        target[end] = '}';
        target[end + 1] = '\n';
        return end + 2;
    }

    private static int digits(long value) {
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    /** Sizes only: the body is chat text and stays out of logs. */
    @Override
    public String toString() {
        return "OutLine[" + length() + " bytes" + (n == UNNUMBERED ? "" : ", n=" + n) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutLine line && line.n == n && Arrays.equals(line.shared.bytes(), shared.bytes());
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shared.bytes()) + Long.hashCode(n);
    }
}
