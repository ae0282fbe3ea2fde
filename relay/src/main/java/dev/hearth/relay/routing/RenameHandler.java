package dev.hearth.relay.routing;

import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.Nick;
import dev.hearth.protocol.Presence;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;

/** {@code nick}: renames a session. Called with the router lock held. */
final class RenameHandler {
    private final RouterContext ctx;

    RenameHandler(RouterContext ctx) {
        this.ctx = ctx;
    }

    void rename(Peer peer, Session session, Nick request) {
        NameCheck check = Nicknames.check(request.nick());
        if (check instanceof NameCheck.Rejected rejected) {
            ctx.out().error(peer, ErrorCode.NICK_INVALID, rejected.reason(), request.id());
            return;
        }
        NameCheck.Accepted wanted = (NameCheck.Accepted) check;
        Session holder = ctx.state().byNickKey(wanted.key());
        if (holder != null && holder != session) {
            ctx.out().error(peer, ErrorCode.NICK_TAKEN,
                    "\"" + wanted.name() + "\" is taken (or looks the same as a nick in use)", request.id());
            return;
        }
        String oldNick = session.nick();
        ctx.state().rename(session, wanted.name(), wanted.key());
        ctx.out().toSession(session, new Nick(wanted.name(), oldNick, request.id()));
        if (!oldNick.equals(wanted.name())) {
            announce(session, oldNick);
            peer.log().info(oldNick + " is now " + wanted.name());
        }
    }

    private void announce(Session session, String oldNick) {
        Membership membership = ctx.state().membership();
        for (Room room : membership.roomsOf(session)) {
            SharedBody line = SharedBody.of(ctx.out().encode(new Presence(room.name(), session.nick(), Presence.RENAME, oldNick, ctx.now())));
            membership.announce(room, line, session);
        }
    }
}
