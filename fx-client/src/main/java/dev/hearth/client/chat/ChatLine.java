package dev.hearth.client.chat;

import dev.hearth.protocol.FileInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One row of a conversation. Immutable: a change of state replaces the row. */
public sealed interface ChatLine {

    /** What Copy puts on the clipboard for the whole line: a message's text, a notice's words. */
    default Optional<String> copyText() {
        return switch (this) {
            case MessageLine m when m.file() != null && m.text().isEmpty() -> Optional.of(m.file().name());
            case MessageLine m -> Optional.of(m.text());
            case SystemLine s -> Optional.of(s.text());
            case DaySeparator d -> Optional.empty();
        };
    }

    /**
     * A message. {@code seq} is the room's number (null for DMs and our own pending lines);
     * {@code clientId} is the id we sent it with (our own lines only: the id another client chose
     * means nothing here); {@code mid} the relay's id for it (protocol 1.1; null from an older relay
     * and while pending); {@code reply} the mid it answers. {@code text} is what is shown: for a
     * deleted message, the words saying so; for a file, its caption (maybe empty). {@code file} is
     * the file it carries (protocol 1.1), or null.
     */
    record MessageLine(Instant ts, String from, String text, boolean own, Delivery delivery, String failure,
                       String clientId, Long seq, boolean mention, String mid, String reply, Changes changes,
                       Attachment file)
            implements ChatLine {

        public MessageLine {
            Objects.requireNonNull(ts, "ts");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(delivery, "delivery");
            // A long conversation is thousands of lines by a handful of nicks: one copy of each nick, not one per line.
            from = from.intern();
            changes = changes == null ? Changes.NONE : changes;
            file = changes.deleted() ? null : file;
        }

        /** A message without a file. */
        public MessageLine(Instant ts, String from, String text, boolean own, Delivery delivery, String failure,
                           String clientId, Long seq, boolean mention, String mid, String reply, Changes changes) {
            this(ts, from, text, own, delivery, failure, clientId, seq, mention, mid, reply, changes, null);
        }

        static MessageLine pending(Instant now, String from, String text, String clientId, String reply) {
            return pending(now, from, text, clientId, reply, null);
        }

        /** Our own message on its way, carrying {@code file} (null: none) that is being uploaded. */
        static MessageLine pending(Instant now, String from, String text, String clientId, String reply, Attachment file) {
            return new MessageLine(now, from, text, true, Delivery.PENDING, null, clientId, null, false, null, reply,
                    Changes.NONE, file);
        }

        MessageLine failed(String reason) {
            return new MessageLine(ts, from, text, own, Delivery.FAILED, reason, clientId, seq, mention, mid, reply, changes, file);
        }

        MessageLine resent(String newId) {
            return new MessageLine(ts, from, text, own, Delivery.PENDING, null, newId, seq, mention, mid, reply, changes, file);
        }

        /** The same message, now showing {@code shown} and {@code now} (a deletion takes its file too). */
        MessageLine changed(String shown, Changes now) {
            return new MessageLine(ts, from, shown, own && !now.deleted(), delivery, failure, clientId, seq, mention, mid,
                    reply, now, file);
        }

        public boolean deleted() {
            return changes.deleted();
        }

        /**
         * This message as {@code copy}, another copy of it from the relay, says it is now. A
         * deletion sticks; a text replaces the shown one only when edited later; reactions come
         * from a copy that has some (a replay of the message as first sent has none).
         */
        MessageLine updatedBy(MessageLine copy) {
            if (deleted() || copy.deleted()) {
                return deleted() ? this : changed(copy.text(), Changes.deletion());
            }
            boolean newerText = copy.changes.edited() != null
                    && (changes.edited() == null || !copy.changes.edited().isBefore(changes.edited()));
            Changes now = new Changes(newerText ? copy.changes.edited() : changes.edited(), false,
                    copy.changes.reactions().isEmpty() ? changes.reactions() : copy.changes.reactions());
            return now.equals(changes) && !newerText ? this : changed(newerText ? copy.text() : text, now);
        }

        public boolean unsent() {
            return own && delivery != Delivery.CONFIRMED;
        }

        @Override
        public String toString() {
            return "MessageLine[from=" + from + ", text=(" + text.length() + " chars), " + delivery + ", seq=" + seq
                    + (file == null ? "" : ", " + file) + "]";
        }
    }

    /**
     * A file a message carries (protocol 1.1): what its offer said, and its {@code blob} on the
     * relay (null while our own upload has none yet). {@code thumb} is base64 of a small picture, or null.
     */
    record Attachment(String blob, String name, String mime, long size, String sha256, String thumb) {

        public Attachment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mime, "mime");
        }

        public static Attachment of(FileInfo file) {
            return file == null ? null
                    : new Attachment(file.blob(), file.name(), file.mime(), file.size(), file.sha256(), file.thumb());
        }

        /** Whether it is a picture this client shows inline: its type says so and it came with a thumbnail. */
        public boolean picture() {
            return mime.startsWith("image/") && thumb != null;
        }

        /** Size and type only: the name is content. */
        @Override
        public String toString() {
            return "Attachment[" + blob + ", " + size + " bytes, " + mime + "]";
        }
    }

    /**
     * What happened to a message after it was sent (protocol 1.1).
     *
     * @param edited    when its author last changed it, or null
     * @param reactions emoji to the nicks that reacted with it, in the order they did
     */
    record Changes(Instant edited, boolean deleted, Map<String, List<String>> reactions) {

        public static final Changes NONE = new Changes(null, false, Map.of());

        /** {@link #NONE}, shared, when nothing happened to the message, as for nearly every line. */
        public static Changes of(Instant edited, boolean deleted, Map<String, List<String>> reactions) {
            return edited == null && !deleted && (reactions == null || reactions.isEmpty()) ? NONE
                    : new Changes(edited, deleted, reactions);
        }

        public Changes {
            reactions = reactions == null || deleted ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(reactions));
            edited = deleted ? null : edited;
        }

        Changes editedAt(Instant at) {
            return new Changes(at, deleted, reactions);
        }

        static Changes deletion() {
            return new Changes(null, true, Map.of());
        }

        Changes withReactions(Map<String, List<String>> now) {
            return new Changes(edited, deleted, now);
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
