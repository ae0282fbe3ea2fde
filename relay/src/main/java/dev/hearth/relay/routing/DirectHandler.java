package dev.hearth.relay.routing;

import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.FileInfo;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.Ignore;
import dev.hearth.protocol.Ignored;
import dev.hearth.protocol.Typing;
import dev.hearth.relay.message.KnownMessage;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;

/** Person-to-person requests: dm, typing to a nick, ignore. Called with the router lock held. */
final class DirectHandler {
    private final RouterContext ctx;
    private final Conversations conversations;

    DirectHandler(RouterContext ctx, Conversations conversations) {
        this.ctx = ctx;
        this.conversations = conversations;
    }

    void dm(Peer peer, Session session, Dm dm) {
        if (dm.id() != null && session.echoes().find(dm.id()) instanceof Dm original) {
            ctx.out().toSession(session, original);
            return;
        }
        Session target = online(peer, dm.to(), dm.id());
        if (target == null) {
            return;
        }
        if (dm.reply() != null && !(conversations.visible(session, dm.reply()) instanceof KnownMessage known
                && known.where() instanceof KnownMessage.Between between && between.includes(target.nickKey()))) {
            ctx.out().error(peer, ErrorCode.NO_SUCH_MESSAGE, "the relay knows no message \"" + dm.reply()
                    + "\" between you and " + target.nick() + " to reply to", dm.id());
            return;
        }
        if (!TextRule.admit(ctx, peer, session, dm.text(), dm.id())) {
            return;
        }
        send(session, target, dm.text(), dm.reply(), null, dm.id());
    }

    /**
     * Delivers a direct message to both people (not to a recipient who ignores the sender), known
     * by its new id without its text; its echo is remembered for a resent request. Everything
     * about the request has been checked.
     *
     * @param file the file it carries (protocol 1.1), or null; {@code text} is then its caption
     */
    Dm send(Session session, Session target, String text, String reply, FileInfo file, String id) {
        String mid = ctx.state().nextMid();
        Dm delivered = new Dm(session.nick(), target.nick(), text, ctx.now(), mid, reply, null, file, id);
        byte[] line = ctx.out().encode(delivered);
        // Once deleted, a file's name and thumbnail go with its caption: they are content too.
        Dm withoutText = new Dm(delivered.from(), delivered.to(), null, delivered.ts(), mid, reply, true, id);
        ctx.state().known().rememberDirect(new KnownMessage(mid,
                new KnownMessage.Between(session.nickKey(), target.nickKey()), session, withoutText,
                file == null ? null : file.blob()));
        SharedBody both = SharedBody.of(line);
        session.deliver(both, mid);
        // An ignored sender still sees its echo, so the ignore stays private.
        if (target != session && !ctx.state().membership().ignores(target, session.nickKey())) {
            target.deliver(both, mid);
        }
        // Remembered once delivered, as in a room (RoomHandler.post says why).
        session.rememberEcho(id, delivered);
        return delivered;
    }

    void typing(Peer peer, Session session, Typing typing) {
        Session target = online(peer, typing.to(), typing.id());
        if (target == null || target == session || ctx.state().membership().ignores(target, session.nickKey())) {
            return;
        }
        target.deliver(ctx.out().encode(new Typing(null, target.nick(), session.nick(), typing.on(), null)));
    }

    void ignore(Peer peer, Session session, Ignore ignore) {
        switch (Nicknames.check(ignore.nick())) {
            case NameCheck.Rejected rejected -> ctx.out().error(peer, ErrorCode.NICK_INVALID, rejected.reason(), ignore.id());
            case NameCheck.Accepted(String nick, String key) -> {
                ctx.state().membership().ignore(session, key, ignore.on());
                Session current = ctx.state().byNickKey(key);
                String shown = current != null ? current.nick() : nick;
                ctx.out().toSession(session, new Ignored(shown, ignore.on(), ignore.id()));
            }
        }
    }

    /** The online (or in-grace) session with that nick, or null after answering no-such-nick. */
    Session online(Peer peer, String nick, String id) {
        Session target = Nicknames.check(nick) instanceof NameCheck.Accepted(String name, String key)
                ? ctx.state().byNickKey(key) : null;
        if (target == null) {
            ctx.out().error(peer, ErrorCode.NO_SUCH_NICK, "nobody called \"" + nick + "\" is online", id);
        }
        return target;
    }
}
