package dev.hearth.relay.session;

import java.net.InetAddress;

/**
 * What the router needs of one client connection. Implemented by the network layer; every call
 * is non-blocking, so the router may make it while holding its lock.
 */
public interface Peer {

    InetAddress address();

    /** A short label for logs, e.g. {@code conn#12 192.0.2.7}: metadata only. */
    String label();

    /** Queues one encoded line. False when the peer is cut off (closed or its queue overflowed). */
    boolean send(byte[] line);

    /** Queues a resumption's replay; it does not count against the outbound bound. */
    void sendReplay(java.util.List<byte[]> lines);

    /** Queues a last line; the connection closes once it is written (or after a short deadline). */
    void sendAndClose(byte[] line);

    /** Closes at once, dropping anything queued. */
    void close();

    /** The session this connection speaks for, or null before login. */
    Session session();

    void attach(Session session);

    /** A login attempt was answered: the peer gets a fresh login deadline to try again. */
    void restartLoginDeadline();
}
