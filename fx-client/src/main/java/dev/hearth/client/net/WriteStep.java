package dev.hearth.client.net;

import dev.hearth.protocol.Envelope;
import java.util.List;

/** What the send thread does next, as decided by {@link Outgoing} at one instant. */
sealed interface WriteStep {

    /** The queue was stopped: the send thread ends. */
    record Stop() implements WriteStep {}

    /** Nothing is due: wait at most this long, or until something changes. */
    record Wait(long nanos) implements WriteStep {}

    /** Write these envelopes on {@code line} in one flush, then report {@code report} (a file's progress). */
    record Write(EnvelopeLine line, List<Envelope> envelopes, List<ClientEvent> report) implements WriteStep {
        public Write {
            envelopes = List.copyOf(envelopes);
            report = List.copyOf(report);
        }

        Write(EnvelopeLine line, List<Envelope> envelopes) {
            this(line, envelopes, List.of());
        }
    }

    /** Write these, ending with our {@code bye}, then half-close: the session is over. */
    record WriteAndFinish(EnvelopeLine line, List<Envelope> envelopes) implements WriteStep {
        public WriteAndFinish {
            envelopes = List.copyOf(envelopes);
        }
    }

    /** The relay stopped answering on {@code line}: close it so the session reconnects. */
    record CloseDead(EnvelopeLine line) implements WriteStep {}
}
