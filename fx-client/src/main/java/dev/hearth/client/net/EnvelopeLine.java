package dev.hearth.client.net;

import dev.hearth.protocol.Envelope;
import java.io.IOException;

/**
 * The sending half of a connection to the relay: what the send thread needs, so the writer can be
 * driven in tests by a recording line instead of a socket.
 */
interface EnvelopeLine {

    /** Buffers one envelope; {@link #flush} sends what is buffered in as few writes as it can. */
    void write(Envelope envelope) throws IOException;

    void flush() throws IOException;

    /** Sends what is written, then tells the relay we are done sending (a TCP half-close). */
    void finishSending();

    /** Ends the connection; the receive thread sees its read fail and resumes. */
    void close();
}
