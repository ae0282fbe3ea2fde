package dev.hearth.client.chat;

import dev.hearth.client.history.ReactionMaps;
import dev.hearth.client.net.RelayLink;
import dev.hearth.protocol.Ack;
import dev.hearth.protocol.Bye;
import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Delete;
import dev.hearth.protocol.Deleted;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Edit;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Fetch;
import dev.hearth.protocol.Fetched;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.FileReady;
import dev.hearth.protocol.Hello;
import dev.hearth.protocol.Ignore;
import dev.hearth.protocol.Ignored;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Leave;
import dev.hearth.protocol.Left;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Mute;
import dev.hearth.protocol.Muted;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.Presence;
import dev.hearth.protocol.React;
import dev.hearth.protocol.Reaction;
import dev.hearth.protocol.Rooms;
import dev.hearth.protocol.Say;
import dev.hearth.protocol.Typing;
import dev.hearth.protocol.Welcome;
import dev.hearth.protocol.Who;
import java.time.Instant;

/**
 * Turns each envelope from the relay into changes of the {@link ChatState}. FX thread only.
 * The switch names every envelope type, with no default: a type added to the protocol does not
 * compile until this class decides what it means for the chat.
 */
final class IncomingEnvelopes {

    /** How long "is typing" shows without a renewal. */
    static final java.time.Duration TYPING_SHOWN_FOR = java.time.Duration.ofSeconds(6);

    private final ChatState chat;
    private final ChatText text;

    IncomingEnvelopes(ChatState chat, ChatText text) {
        this.chat = chat;
        this.text = text;
    }

    void handle(Envelope envelope) {
        switch (envelope) {
            case Message m -> message(m);
            case Dm d -> direct(d);
            case Joined j -> joined(j);
            case Left l -> {
                Conversation room = chat.existingRoom(l.room());
                if (room != null) {
                    chat.close(room);
                }
            }
            case Presence p -> presence(p);
            case Typing t -> typing(t);
            case Who w -> who(w);
            case Muted m -> muted(m);
            case Ignored i -> chat.info(null, text.format(Boolean.TRUE.equals(i.on()) ? "ignored.on" : "ignored.off", i.nick()));
            case Nick n -> renamedMyself(n);
            case ErrorReply e -> error(e);
            case Rooms r -> chat.relay().roomsListed(r.rooms());
            // The network core answers these before the hand-off; they never arrive here.
            case Welcome _, Ping _, Pong _ -> { }
            // Only clients send these.
            case Hello _, Join _, Leave _, Say _, Mute _, Ignore _, Ack _, Bye _, React _, Edit _, Delete _ -> { }
            case Reaction r -> reaction(r);
            case Edited e -> edited(e);
            case Deleted d -> deleted(d);
            // Files (protocol 1.1): the network core takes these; they never arrive here.
            case FileReady _, Chunk _, Fetched _ -> { }
            // Only clients send these.
            case FileOffer _, Fetch _ -> { }
        }
    }

    private void message(Message m) {
        Conversation room = chat.room(m.room());
        boolean own = chat.ownNick().equals(m.from());
        ChatLine.MessageLine line = line(m.ts(), m.from(), shown(m.text(), m.showsDeleted()), own, m.id(), m.seq(),
                m.mid(), m.reply(), ChatLine.Changes.of(m.edited(), m.showsDeleted(), m.reactions()),
                ChatLine.Attachment.of(m.file()));
        chat.record().message(room, line);
        if (m.mid() != null && room.change(m.mid(), shown -> shown.updatedBy(line))) {
            return; // shown already (kept from before, or a backlog repeated): now as it is
        }
        if (m.seq() != null && !room.isNew(m.seq(), m.ts())) {
            return;
        }
        if (own && m.id() != null) {
            room.removeUnsent(m.id());
        }
        chat.arrived(room, line);
    }

    private void direct(Dm d) {
        boolean own = chat.ownNick().equals(d.from());
        Conversation conversation = chat.direct(own ? d.to() : d.from());
        boolean deleted = Boolean.TRUE.equals(d.deleted());
        ChatLine.MessageLine line = line(d.ts(), d.from(), shown(d.text(), deleted), own, d.id(), null, d.mid(), d.reply(),
                deleted ? ChatLine.Changes.deletion() : ChatLine.Changes.NONE, ChatLine.Attachment.of(d.file()));
        chat.record().message(conversation, line);
        if (d.mid() != null && conversation.change(d.mid(), shown -> shown.updatedBy(line))) {
            return;
        }
        if (own && d.id() != null) {
            conversation.removeUnsent(d.id());
        }
        if (!own) {
            conversation.setOnline(Online.ONLINE);
        }
        chat.arrived(conversation, line);
    }

    /** A relay's backlog and replays show a deleted message without its text (protocol 1.1). */
    private String shown(String body, boolean deleted) {
        return deleted || body == null ? text.format("line.deleted") : body;
    }

    private ChatLine.MessageLine line(Instant ts, String from, String body, boolean own, String id, Long seq,
                                      String mid, String reply, ChatLine.Changes changes, ChatLine.Attachment file) {
        boolean mention = !own && !changes.deleted() && chat.mentionsMe(body);
        return new ChatLine.MessageLine(ts == null ? chat.now() : ts, from, body, own && !changes.deleted(), Delivery.CONFIRMED,
                null, own ? id : null, seq, mention, mid, reply, changes, file);
    }

    // ---- protocol 1.1: what happened to a message since

    private void reaction(Reaction r) {
        Conversation where = conversationOf(r.room(), r.mid(), r.from());
        if (where != null) {
            boolean on = Boolean.TRUE.equals(r.on());
            where.change(r.mid(), m -> m.changed(m.text(),
                    m.changes().withReactions(ReactionMaps.toggle(m.changes().reactions(), r.emoji(), r.from(), on))));
            chat.record().reaction(where, r.mid(), r.emoji(), r.from(), on);
        }
    }

    private void edited(Edited e) {
        Conversation where = conversationOf(e.room(), e.mid(), e.from());
        if (where != null) {
            Instant at = e.ts() == null ? chat.now() : e.ts();
            where.change(e.mid(), m -> m.changes().edited() != null && m.changes().edited().isAfter(at) ? m
                    : m.changed(e.text(), m.changes().editedAt(at)));
            chat.record().edited(where, e.mid(), e.text(), at);
        }
    }

    private void deleted(Deleted d) {
        Conversation where = conversationOf(d.room(), d.mid(), d.from());
        if (where != null) {
            where.change(d.mid(), m -> m.changed(text.format("line.deleted"), ChatLine.Changes.deletion()));
            chat.record().deleted(where, d.mid());
        }
    }

    /**
     * The conversation of a message named by its mid: the room, or the direct conversation that
     * shows it (a change by someone else to one not shown belongs to the one with them).
     */
    private Conversation conversationOf(String room, String mid, String by) {
        if (room != null) {
            return chat.existingRoom(room);
        }
        for (Conversation conversation : chat.conversations()) {
            if (conversation.kind() == ConversationKind.DIRECT && conversation.shows(mid)) {
                return conversation;
            }
        }
        return chat.ownNick().equals(by) ? null : chat.existingDirect(by);
    }

    private void joined(Joined j) {
        boolean rejoined = chat.existingRoom(j.room()) != null;
        Conversation room = chat.room(j.room());
        room.setMembers(j.members() == null ? java.util.List.of() : j.members());
        if (!rejoined) {
            chat.select(room);
            chat.info(room, text.format("you.joined", j.room()));
        }
    }

    private void presence(Presence p) {
        Conversation room = chat.existingRoom(p.room());
        if (room == null) {
            return;
        }
        switch (p.event() == null ? "" : p.event()) {
            case Presence.JOIN -> {
                room.addMember(p.nick());
                markOnline(p.nick());
                chat.notice(room, p.ts(), text.format("presence.join", p.nick()));
            }
            case Presence.LEAVE -> {
                room.removeMember(p.nick());
                room.typing(p.nick(), false, null);
                chat.notice(room, p.ts(), text.format("presence.leave", p.nick()));
                if (chat.existingDirect(p.nick()) != null) {
                    chat.askWhoIsOnline(); // gone from this room, or from the relay?
                }
            }
            case Presence.RENAME -> {
                room.removeMember(p.from());
                room.addMember(p.nick());
                chat.renameDirect(p.from(), p.nick());
                markOnline(p.nick());
                chat.notice(room, p.ts(), text.format("presence.rename", p.from(), p.nick()));
            }
            default -> { }
        }
    }

    private void markOnline(String nick) {
        Conversation direct = chat.existingDirect(nick);
        if (direct != null) {
            direct.setOnline(Online.ONLINE);
        }
    }

    private void typing(Typing t) {
        Conversation where = t.room() != null ? chat.existingRoom(t.room()) : chat.existingDirect(t.from());
        if (where != null && t.from() != null) {
            where.typing(t.from(), Boolean.TRUE.equals(t.on()), chat.now().plus(TYPING_SHOWN_FOR));
        }
    }

    private void who(Who w) {
        String members = String.join(", ", w.members() == null ? java.util.List.of() : w.members());
        if (w.room() == null) {
            DirectPresence.onlineNow(w.members() == null ? java.util.List.of() : w.members(), chat.conversations());
            if (!RelayLink.ONLINE_CHECK_ID.equals(w.id())) {
                chat.info(null, text.format("who.everyone", w.members() == null ? 0 : w.members().size(), members));
            }
            return;
        }
        Conversation room = chat.existingRoom(w.room());
        if (room != null && w.members() != null) {
            room.setMembers(w.members());
        }
        chat.info(room, text.format("who.room", w.room(), members));
    }

    private void muted(Muted m) {
        Conversation room = chat.existingRoom(m.room());
        boolean on = Boolean.TRUE.equals(m.on());
        if (room != null) {
            room.setMuted(on);
        }
        chat.info(room, text.format(on ? "muted.on" : "muted.off", m.room()));
    }

    private void renamedMyself(Nick n) {
        if (n.nick() != null) {
            String old = chat.ownNick();
            for (Conversation conversation : chat.conversations()) {
                if (conversation.kind() == ConversationKind.ROOM && conversation.members().contains(old)) {
                    conversation.removeMember(old);
                    conversation.addMember(n.nick());
                }
            }
            chat.setOwnNick(n.nick());
            chat.info(null, text.format("you.renamed", n.nick()));
        }
    }

    /** An error for one of our lines marks it failed; any other is explained where the user is looking. */
    private void error(ErrorReply e) {
        if (RelayLink.TYPING_ID.equals(e.id())) {
            return; // a typing hint that found nobody: nothing the user asked for, nothing to say
        }
        String reason = ErrorCode.TEXT_TOO_LONG.wire().equals(e.code())
                ? text.format("error.text-too-long.limit", chat.relay().maxTextProperty().get())
                : text.error(e.code(), e.message());
        if (e.id() != null) {
            for (Conversation conversation : chat.conversations()) {
                if (conversation.failUnsent(e.id(), reason)) {
                    if (ErrorCode.NO_SUCH_NICK.wire().equals(e.code()) && conversation.kind() == ConversationKind.DIRECT) {
                        conversation.setOnline(Online.OFFLINE);
                    }
                    return;
                }
            }
        }
        chat.info(null, reason);
    }
}
