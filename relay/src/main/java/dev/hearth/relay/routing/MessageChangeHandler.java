package dev.hearth.relay.routing;

import dev.hearth.protocol.Delete;
import dev.hearth.protocol.Deleted;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Edit;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.React;
import dev.hearth.protocol.Reaction;
import dev.hearth.relay.message.KnownMessage;
import dev.hearth.relay.message.Reactions;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import java.time.Instant;

/**
 * Changes to messages the relay knows (protocol 1.1): reactions, edits and deletions. Each is
 * checked in full before it takes a token of the sender's rate or changes anything; a room
 * message's backlog line then shows its new state. Called with the router lock held.
 */
final class MessageChangeHandler {
    private final RouterContext ctx;
    private final Conversations conversations;

    MessageChangeHandler(RouterContext ctx, Conversations conversations) {
        this.ctx = ctx;
        this.conversations = conversations;
    }

    void react(Peer peer, Session session, React react) {
        KnownMessage known = known(peer, session, react.mid(), react.id());
        if (known == null) {
            return;
        }
        Reactions reactions = known.reactions();
        boolean on = react.on();
        boolean changes = reactions.has(react.emoji(), session.nickKey()) != on;
        if (changes && on && reactions.countOf(session.nickKey()) >= Reactions.MAX_PER_PERSON) {
            ctx.out().error(peer, ErrorCode.BAD_REQUEST, "you have " + Reactions.MAX_PER_PERSON
                    + " reactions on this message, the most there may be; take one off first", react.id());
            return;
        }
        byte[] backlogLine = null;
        if (changes && known.where() instanceof KnownMessage.InRoom(_, var posted)) {
            Reactions after = reactions.copy();
            after.set(react.emoji(), session.nickKey(), session.nick(), on);
            Message current = ctx.out().readBack(posted.line());
            backlogLine = ctx.out().encodeIfFits(withState(current, current.text(), current.edited(), after));
            if (backlogLine == null) {
                ctx.out().error(peer, ErrorCode.BAD_REQUEST,
                        "this message has as many reactions as the relay's lines can carry", react.id());
                return;
            }
        }
        if (!TextRule.takeToken(ctx, peer, session, react.id())) {
            return;
        }
        Reaction reaction = new Reaction(Conversations.roomName(known), known.mid(), session.nick(), react.emoji(), on,
                ctx.now(), react.id());
        if (!changes) {
            ctx.out().toSession(session, reaction); // nothing changed: the reactor alone hears so
            return;
        }
        reactions.set(react.emoji(), session.nickKey(), session.nick(), on);
        if (backlogLine != null) {
            ctx.state().restate(((KnownMessage.InRoom) known.where()).posted(), backlogLine);
        }
        conversations.tell(known, session, ctx.out().encode(reaction));
    }

    void edit(Peer peer, Session session, Edit edit) {
        KnownMessage known = authored(peer, session, edit.mid(), edit.id());
        if (known == null) {
            return;
        }
        Instant now = ctx.now();
        byte[] backlogLine = null;
        if (known.where() instanceof KnownMessage.InRoom(_, var posted)) {
            Message current = ctx.out().readBack(posted.line());
            backlogLine = ctx.out().encodeIfFits(withState(current, edit.text(), now, known.reactions()));
            if (backlogLine == null) {
                ctx.out().error(peer, ErrorCode.TEXT_TOO_LONG,
                        "with its reactions, this message would no longer fit the relay's lines; shorten the text", edit.id());
                return;
            }
        }
        if (!TextRule.admit(ctx, peer, session, edit.text(), edit.id())) {
            return;
        }
        if (backlogLine != null) {
            ctx.state().restate(((KnownMessage.InRoom) known.where()).posted(), backlogLine);
        }
        conversations.tell(known, session, ctx.out().encode(
                new Edited(Conversations.roomName(known), known.mid(), session.nick(), edit.text(), now, edit.id())));
    }

    void delete(Peer peer, Session session, Delete delete) {
        KnownMessage known = authored(peer, session, delete.mid(), delete.id());
        if (known == null || !TextRule.takeToken(ctx, peer, session, delete.id())) {
            return;
        }
        Envelope withoutText = switch (known.where()) {
            case KnownMessage.InRoom(_, var posted) -> {
                Message current = ctx.out().readBack(posted.line());
                // A file's name and thumbnail are content too: they go with the caption.
                yield new Message(current.room(), current.seq(), current.ts(), current.from(), null, current.mid(),
                        current.reply(), null, null, true, current.id());
            }
            case KnownMessage.Between _ -> known.deletedForm();
        };
        byte[] body = ctx.out().encode(withoutText);
        if (known.where() instanceof KnownMessage.InRoom(_, var posted)) {
            ctx.state().restate(posted, body); // the backlog shows it deleted, in its place
        }
        ctx.state().known().deleted(known);
        // Gone from every replay buffer and remembered echo too, whoever was sent it.
        for (Session holder : ctx.state().sessions()) {
            holder.redact(known.mid(), body, withoutText);
        }
        conversations.tell(known, session, ctx.out().encode(
                new Deleted(Conversations.roomName(known), known.mid(), session.nick(), ctx.now(), delete.id())));
    }

    /** The message when the session may see it, else null after answering {@code no-such-message}. */
    private KnownMessage known(Peer peer, Session session, String mid, String id) {
        KnownMessage known = conversations.visible(session, mid);
        if (known == null) {
            ctx.out().error(peer, ErrorCode.NO_SUCH_MESSAGE, "the relay knows no message \"" + mid + "\" you can see", id);
        }
        return known;
    }

    /** Like {@link #known}, and the session must be its author, else {@code not-yours}. */
    private KnownMessage authored(Peer peer, Session session, String mid, String id) {
        KnownMessage known = known(peer, session, mid, id);
        if (known != null && !known.writtenBy(session)) {
            ctx.out().error(peer, ErrorCode.NOT_YOURS, "only its author can change message \"" + mid + "\"", id);
            return null;
        }
        return known;
    }

    private static Message withState(Message current, String text, Instant edited, Reactions reactions) {
        return new Message(current.room(), current.seq(), current.ts(), current.from(), text, current.mid(), current.reply(),
                edited, reactions.toWire(), null, current.file(), current.id());
    }
}
