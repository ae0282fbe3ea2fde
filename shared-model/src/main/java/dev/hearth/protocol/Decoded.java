package dev.hearth.protocol;

/** The outcome of decoding one line: an envelope, or a malformed line with the error to answer. */
public sealed interface Decoded {

    /**
     * A well-formed envelope.
     *
     * @param n the relay's per-session counter when the line carried one (relay to client), else null;
     *          always null for an {@link Ack}, whose {@code "n"} is what it acknowledges
     * @param id the line's request id, also for types whose record keeps none (e.g. presence), else null
     */
    record Valid(Envelope envelope, Long n, String id) implements Decoded {}

    /**
     * A line the reader answers with an error and then keeps reading.
     *
     * @param id the request id when one could still be read from the line, else null
     */
    record Malformed(ErrorCode code, String reason, String id) implements Decoded {}
}
