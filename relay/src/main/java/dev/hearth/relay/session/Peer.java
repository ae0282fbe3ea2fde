package dev.hearth.relay.session;

import dev.hearth.relay.log.PeerLog;
import java.net.InetAddress;
import java.util.List;

/**
 * What the router needs of one client connection. Implemented by the network layer; every call
 * is non-blocking, so the router may make it while holding its lock.
 */
public interface Peer {

    InetAddress address();

    /** A short label for logs, e.g. {@code conn#12 192.0.2.7}: metadata only. */
    String label();

    /** This connection's lines in the relay's rate-limited log. */
    PeerLog log();

    /** Queues one encoded line. False when the peer is cut off (closed or its queue overflowed). */
    boolean send(OutLine line);

    /**
     * Queues lines as {@link #send} does, all at once: a writer woken for the first finds the
     * rest already there, and writes them together.
     */
    default boolean send(List<OutLine> lines) {
        boolean open = true;
        for (OutLine line : lines) {
            open = send(line);
        }
        return open;
    }

    /**
     * Queues lines the client asked for in bulk (a resumption's replay, a join's backlog): they
     * count against an allowance of their own rather than the outbound bound, so a client that
     * asked for much is not taken for a slow reader before it could read it.
     */
    void sendRequested(List<OutLine> lines);

    /**
     * Whether a bulk line (a chunk of a file being fetched) may be queued now without holding the
     * peer's chat back: little is queued for it. When not, the router's
     * {@code onRoomForBulk} is called once for it when there is, from the peer's writer.
     */
    boolean roomForBulk();

    /** Queues a last line; the connection closes once it is written (or after a short deadline). */
    void sendAndClose(OutLine line);

    /** Closes at once, dropping anything queued. */
    void close();

    /** The session this connection speaks for, or null before login. */
    Session session();

    void attach(Session session);

    /** A login attempt was answered: the peer gets a fresh login deadline to try again. */
    void restartLoginDeadline();
}
