package dev.hearth.relay.message;

import dev.hearth.protocol.Envelope;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Session;

/**
 * A message the relay still knows by its id (protocol 1.1): where it was sent, who wrote it and
 * the state others may change. A room message's text lives only in its backlog line; a direct
 * message's text is not kept at all.
 *
 * <p>Guarded by the router lock.
 */
public final class KnownMessage {
    /** The conversation a message belongs to. */
    public sealed interface Where permits InRoom, Between {}

    /** A room message and its backlog entry, whose line shows the message's current state. */
    public record InRoom(Room room, Room.Posted posted) implements Where {}

    /**
     * A direct message between two nick keys (in either order), so a later session under one of
     * those nicks may still see it.
     */
    public record Between(String firstKey, String secondKey) implements Where {
        public boolean includes(String nickKey) {
            return firstKey.equals(nickKey) || secondKey.equals(nickKey);
        }
    }

    private final String mid;
    private final Where where;
    private final Session author;
    // Made on first use: most messages never get a reaction, and every known message costs memory.
    private Reactions reactions;
    private final Envelope deletedForm;
    /** The file it carries (protocol 1.1), held by the relay while the message is known; else null. */
    private final String blob;

    /** A room message; its deleted form is made from its backlog line when needed. */
    public KnownMessage(String mid, InRoom where, Session author) {
        this(mid, where, author, null, null);
    }

    /** A room message carrying the file {@code blob} (null: none). */
    public KnownMessage(String mid, InRoom where, Session author, String blob) {
        this(mid, where, author, null, blob);
    }

    /**
     * A direct message, with what replay buffers keep of it once deleted: the same envelope
     * without its text (the relay keeps no text of a direct message to make it from later).
     */
    public KnownMessage(String mid, Between where, Session author, Envelope deletedForm) {
        this(mid, where, author, deletedForm, null);
    }

    /** A direct message carrying the file {@code blob} (null: none). */
    public KnownMessage(String mid, Between where, Session author, Envelope deletedForm, String blob) {
        this(mid, (Where) where, author, deletedForm, blob);
    }

    private KnownMessage(String mid, Where where, Session author, Envelope deletedForm, String blob) {
        this.mid = mid;
        this.where = where;
        this.author = author;
        this.deletedForm = deletedForm;
        this.blob = blob;
    }

    /** The file it carries, or null. */
    public String blob() {
        return blob;
    }

    /** A direct message as replay buffers keep it once deleted; null for a room message. */
    public Envelope deletedForm() {
        return deletedForm;
    }

    public String mid() {
        return mid;
    }

    public Where where() {
        return where;
    }

    /** The session that sent it, while that session lasts (resumptions included); a later one with its nick is not. */
    public boolean writtenBy(Session session) {
        return author == session && !session.ended();
    }

    public Reactions reactions() {
        if (reactions == null) {
            reactions = new Reactions();
        }
        return reactions;
    }

    @Override
    public String toString() {
        return "KnownMessage[" + mid + "]";
    }
}
