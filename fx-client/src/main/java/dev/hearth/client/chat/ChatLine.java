package dev.hearth.client.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One row of a conversation. Immutable: a change of state replaces the row. */
public sealed interface ChatLine {

    /** What Copy puts on the clipboard for the whole line: a message's text, a notice's words. */
    default Optional<String> copyText() {
        return switch (this) {
            case MessageLine m -> Optional.of(m.text());
            case SystemLine s -> Optional.of(s.text());
            case DaySeparator d -> Optional.empty();
        };
    }

    /**
     * A message. {@code seq} is the room's number (null for DMs and our own pending lines);
     * {@code clientId} is the id we sent it with, or the id the relay echoed.
     */
    record MessageLine(Instant ts, String from, String text, boolean own, Delivery delivery, String failure,
                       String clientId, Long seq, boolean mention) implements ChatLine {

        public MessageLine {
            Objects.requireNonNull(ts, "ts");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(delivery, "delivery");
        }

        static MessageLine pending(Instant now, String from, String text, String clientId) {
            return new MessageLine(now, from, text, true, Delivery.PENDING, null, clientId, null, false);
        }

        MessageLine failed(String reason) {
            return new MessageLine(ts, from, text, own, Delivery.FAILED, reason, clientId, seq, mention);
        }

        MessageLine resent(String newId) {
            return new MessageLine(ts, from, text, own, Delivery.PENDING, null, newId, seq, mention);
        }

        public boolean unsent() {
            return own && delivery != Delivery.CONFIRMED;
        }

        @Override
        public String toString() {
            return "MessageLine[from=" + from + ", text=(" + text.length() + " chars), " + delivery + ", seq=" + seq + "]";
        }
    }

    /**
     * Something the client says: joins, leaves, renames, answers, problems. Already localised.
     *
     * @param local whether {@code ts} is this computer's time (the client's own words, such as
     *              "You joined") rather than the relay's (a presence change it stamped)
     */
    record SystemLine(Instant ts, String text, boolean local) implements ChatLine {

        /** The client's own words, stamped now by this computer's clock. */
        public SystemLine(Instant ts, String text) {
            this(ts, text, true);
        }
    }

    /** The start of a new day in the user's time zone. */
    record DaySeparator(LocalDate date) implements ChatLine {}
}
