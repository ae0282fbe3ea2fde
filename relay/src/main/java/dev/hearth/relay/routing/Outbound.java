package dev.hearth.relay.routing;

import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;

/**
 * Sends envelopes the way protocol v1 wants: numbered and kept for resumption once a peer has a
 * session, plain before login. Called with the router lock held.
 */
final class Outbound {
    private static final System.Logger LOG = System.getLogger("hearth.relay");

    private final EnvelopeCodec codec;

    Outbound(EnvelopeCodec codec) {
        this.codec = codec;
    }

    byte[] encode(Envelope envelope) {
        return codec.encode(envelope);
    }

    void toSession(Session session, Envelope envelope) {
        session.deliver(codec.encode(envelope));
    }

    void toPeer(Peer peer, Envelope envelope) {
        Session session = peer.session();
        if (session != null) {
            session.deliver(codec.encode(envelope));
        } else {
            peer.send(codec.encode(envelope));
        }
    }

    /** Answers a request with an error; a fatal one closes the connection after it is written. */
    void error(Peer peer, ErrorCode code, String message, String id) {
        LOG.log(code.fatal() ? System.Logger.Level.INFO : System.Logger.Level.DEBUG,
                "{0}: error {1}", peer.label(), code.wire());
        byte[] line = codec.encode(ErrorReply.of(code, message, id));
        Session session = peer.session();
        if (session != null) {
            line = session.record(line);
        }
        if (code.fatal()) {
            peer.sendAndClose(line);
        } else {
            peer.send(line);
        }
    }
}
