package dev.hearth.client.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One row of a conversation. Immutable: a change of state replaces the row. */
public sealed interface ChatLine {

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

    /** Something the client says: joins, leaves, renames, answers, problems. Already localised. */
    record SystemLine(Instant ts, String text) implements ChatLine {}

    /** The start of a new day in the user's time zone. */
    record DaySeparator(LocalDate date) implements ChatLine {}
}
