package dev.hearth.relay.routing;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Fetch;
import dev.hearth.protocol.FileOffer;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;

/**
 * How the relay answers the file requests of protocol 1.1: taking files ({@link FilesOn}) or, with
 * {@code --max-file 0}, none ({@link FilesOff}). Called with the router lock held.
 */
sealed interface FileRequests permits FilesOn, FilesOff {
    void offer(Peer peer, Session session, FileOffer offer);

    /** @param data the chunk's bytes, decoded before the router lock was taken; null when not base64 */
    void chunk(Peer peer, Session session, Chunk chunk, byte[] data);

    void fetch(Peer peer, Session session, Fetch fetch);

    /** The reader has room for more of what it fetches. */
    void roomForBulk(Session session);

    /** The session is back on a connection and has had its replay: what it was fetching goes on. */
    void resumed(Session session);

    /** The session ended: its uploads under way and what it was fetching go. */
    void ended(Session session);

    /** Drops uploads that took too long and files held longer than their lifetime. */
    void expire();
}
