package dev.hearth.relay.routing;

import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Message;
import dev.hearth.relay.session.OutLine;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import java.util.List;

/**
 * Sends envelopes the way protocol v1 wants: numbered and kept for resumption once a peer has a
 * session, plain before login. Called with the router lock held.
 */
final class Outbound {
    /** Room left for the counter {@code ,"n":…} a session adds to every line. */
    static final int COUNTER_BYTES = (",\"n\":" + Long.MAX_VALUE).length();

    private final EnvelopeCodec codec;
    private final int maxFrame;

    Outbound(EnvelopeCodec codec, int maxFrame) {
        this.codec = codec;
        this.maxFrame = maxFrame;
    }

    /**
     * One line, counter not yet added. The configuration is checked at start so that no envelope
     * the relay builds can outgrow its frame limit ({@code LineBudget}); one that does is a bug,
     * and failing here costs the connection that asked instead of sending its clients a line they
     * must refuse.
     */
    byte[] encode(Envelope envelope) {
        byte[] line = codec.encode(envelope);
        if (line.length + COUNTER_BYTES > maxFrame) {
            throw new IllegalStateException("a " + envelope.getClass().getSimpleName() + " line of " + line.length
                    + " bytes would exceed the frame limit of " + maxFrame);
        }
        return line;
    }

    /**
     * One line, or null when it would not fit the frame limit: for lines whose size the
     * configuration cannot bound, such as a backlog message with many reactions.
     */
    byte[] encodeIfFits(Envelope envelope) {
        byte[] line = codec.encode(envelope);
        return line.length + COUNTER_BYTES > maxFrame ? null : line;
    }

    /** A backlog message read back from its line, to show a new state of it. */
    Message readBack(byte[] line) {
        if (codec.decode(line) instanceof Decoded.Valid(Message message, Long n, String id)) {
            return message;
        }
        throw new IllegalStateException("a backlog line is not a message");
    }

    /** The bytes left for a list in a line that also holds {@code empty}, the envelope with its list empty. */
    int roomFor(Envelope empty) {
        return maxFrame - COUNTER_BYTES - codec.encode(empty).length;
    }

    void toSession(Session session, Envelope envelope) {
        session.deliver(encode(envelope));
    }

    /**
     * An answer the session asked for that may be long (a member list names up to every session):
     * counted against its bulk allowance, so asking never makes it look like a slow reader.
     */
    void answerInBulk(Session session, Envelope envelope) {
        session.deliverRequested(List.of(new Session.Body(encode(envelope))));
    }

    void toPeer(Peer peer, Envelope envelope) {
        Session session = peer.session();
        if (session != null) {
            session.deliver(encode(envelope));
        } else {
            peer.send(OutLine.plain(encode(envelope)));
        }
    }

    /** Answers a request about a file's {@code blob} with a (non-fatal) error naming it. */
    void errorAbout(Peer peer, String blob, ErrorCode code, String message, String id) {
        peer.log().debug("error " + code.wire());
        toPeer(peer, ErrorReply.about(blob, code, message, id));
    }

    /** Answers a request with an error; a fatal one closes the connection after it is written. */
    void error(Peer peer, ErrorCode code, String message, String id) {
        if (code.fatal()) {
            peer.log().info("error " + code.wire());
        } else {
            peer.log().debug("error " + code.wire());
        }
        byte[] encoded = encode(ErrorReply.of(code, message, id));
        Session session = peer.session();
        OutLine line = session == null ? OutLine.plain(encoded) : session.record(encoded);
        if (code.fatal()) {
            peer.sendAndClose(line);
        } else {
            peer.send(line);
        }
    }
}
