package dev.hearth.relay.routing;

import dev.hearth.model.NameCheck;
import dev.hearth.model.RoomNames;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.FileInfo;
import dev.hearth.protocol.Join;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Leave;
import dev.hearth.protocol.Left;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Mute;
import dev.hearth.protocol.Muted;
import dev.hearth.protocol.Presence;
import dev.hearth.protocol.Say;
import dev.hearth.protocol.Typing;
import dev.hearth.protocol.Who;
import dev.hearth.relay.message.KnownMessage;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;
import java.util.ArrayList;
import java.util.List;

/** Room requests: join, leave, say, who, mute, typing in a room. Called with the router lock held. */
final class RoomHandler {
    private final RouterContext ctx;
    private final Membership membership;
    private final Conversations conversations;

    RoomHandler(RouterContext ctx, Conversations conversations) {
        this.ctx = ctx;
        this.membership = ctx.state().membership();
        this.conversations = conversations;
    }

    void join(Peer peer, Session session, Join join) {
        NameCheck.Accepted name = roomName(peer, join.room(), join.id());
        if (name == null) {
            return;
        }
        Room room = switch (ctx.state().join(session, name.name(), name.key(), ctx.nanos())) {
            case RelayState.JoinOutcome.In in -> {
                if (in.fresh()) {
                    broadcast(in.room(), session, new Presence(in.room().name(), session.nick(), Presence.JOIN, null, ctx.now()));
                }
                yield in.room();
            }
            case RelayState.JoinOutcome.SessionFull full -> {
                ctx.out().error(peer, ErrorCode.TOO_MANY_ROOMS,
                        "you are in " + full.limit() + " rooms, the most this relay allows; leave one first", join.id());
                yield null;
            }
            case RelayState.JoinOutcome.RelayFull full -> {
                ctx.out().error(peer, ErrorCode.TOO_MANY_ROOMS,
                        "this relay holds " + full.limit() + " rooms, its most, and none is empty; join one of them", join.id());
                yield null;
            }
        };
        if (room == null) {
            return;
        }
        // The answer and the backlog the joiner asked for, queued as one requested batch: a joiner
        // that has not read them yet is not a slow reader.
        List<Session.Body> answer = new ArrayList<>();
        answer.add(new Session.Body(ctx.out().encode(new Joined(room.name(), membership.memberNicks(room), join.id()))));
        if (!membership.muted(session, room)) {
            for (Room.Posted posted : room.backlog()) {
                if (!membership.ignores(session, posted.senderKey())) {
                    answer.add(new Session.Body(posted.line(), posted.mid()));
                }
            }
        }
        session.deliverRequested(answer);
    }

    void leave(Peer peer, Session session, Leave leave) {
        Room room = memberRoom(peer, session, leave.room(), leave.id());
        if (room == null) {
            return;
        }
        ctx.state().leave(session, room, ctx.nanos());
        ctx.out().toSession(session, new Left(room.name(), leave.id()));
        broadcast(room, session, new Presence(room.name(), session.nick(), Presence.LEAVE, null, ctx.now()));
    }

    void say(Peer peer, Session session, Say say) {
        if (say.id() != null && session.echoes().find(say.id()) instanceof Message original) {
            ctx.out().toSession(session, original);
            return;
        }
        Room room = memberRoom(peer, session, say.room(), say.id());
        if (room == null) {
            return;
        }
        if (say.reply() != null && !(conversations.visible(session, say.reply()) instanceof KnownMessage known
                && known.where() instanceof KnownMessage.InRoom(Room inRoom, _) && inRoom == room)) {
            ctx.out().error(peer, ErrorCode.NO_SUCH_MESSAGE,
                    "the relay knows no message \"" + say.reply() + "\" in \"" + room.name() + "\" to reply to", say.id());
            return;
        }
        if (!TextRule.admit(ctx, peer, session, say.text(), say.id())) {
            return;
        }
        post(session, room, say.text(), say.reply(), null, say.id());
    }

    /**
     * Delivers a message to the room and keeps it in its backlog, known by its new id; its echo is
     * remembered for a resent request. Everything about the request has been checked.
     *
     * @param file the file it carries (protocol 1.1), or null; {@code text} is then its caption
     */
    Message post(Session session, Room room, String text, String reply, FileInfo file, String id) {
        String mid = ctx.state().nextMid();
        Message message = new Message(room.name(), room.nextSeq(), ctx.now(), session.nick(), text, mid, reply,
                null, null, null, file, id);
        byte[] line = ctx.out().encode(message);
        Room.Posted posted = new Room.Posted(session.nickKey(), mid, line);
        // Known before it is posted: a backlog that cannot keep it forgets it at once.
        ctx.state().known().rememberRoomMessage(new KnownMessage(mid, new KnownMessage.InRoom(room, posted), session,
                file == null ? null : file.blob()));
        ctx.state().post(room, posted);
        SharedBody everyone = SharedBody.of(line);
        for (Session member : membership.members(room)) {
            // The sender always gets its echo: it is the acknowledgement, muted or not.
            boolean wanted = member == session
                    || (!membership.muted(member, room) && !membership.ignores(member, session.nickKey()));
            if (wanted) {
                member.deliver(everyone, mid);
            }
        }
        // Remembered once delivered: should the replay budget take the sender's memory before then,
        // the echo's line is kept after it, so the id must be remembered too.
        session.rememberEcho(id, message);
        return message;
    }

    void who(Peer peer, Session session, Who who) {
        if (who.room() == null) {
            ctx.out().answerInBulk(session, new Who(null, ctx.state().nicks(), who.id()));
            return;
        }
        NameCheck.Accepted name = roomName(peer, who.room(), who.id());
        if (name == null) {
            return;
        }
        Room room = ctx.state().room(name.key());
        List<String> members = room == null ? List.of() : membership.memberNicks(room);
        ctx.out().answerInBulk(session, new Who(room == null ? name.name() : room.name(), members, who.id()));
    }

    void mute(Peer peer, Session session, Mute mute) {
        Room room = memberRoom(peer, session, mute.room(), mute.id());
        if (room == null) {
            return;
        }
        membership.mute(session, room, mute.on());
        ctx.out().toSession(session, new Muted(room.name(), mute.on(), mute.id()));
    }

    void typing(Peer peer, Session session, Typing typing) {
        Room room = memberRoom(peer, session, typing.room(), typing.id());
        if (room == null) {
            return;
        }
        SharedBody line = SharedBody.of(ctx.out().encode(new Typing(room.name(), null, session.nick(), typing.on(), null)));
        for (Session member : membership.members(room)) {
            if (member != session && !membership.ignores(member, session.nickKey())) {
                member.deliver(line, null);
            }
        }
    }

    /** Sends to every member but the one it is about. */
    private void broadcast(Room room, Session about, Presence presence) {
        membership.announce(room, SharedBody.of(ctx.out().encode(presence)), about);
    }

    /** The room the session is in, or null after answering with the right error ({@code room-invalid}, {@code not-in-room}). */
    Room memberRoom(Peer peer, Session session, String roomName, String id) {
        NameCheck.Accepted name = roomName(peer, roomName, id);
        if (name == null) {
            return null;
        }
        Room room = ctx.state().room(name.key());
        if (room == null || !membership.isMember(session, room)) {
            ctx.out().error(peer, ErrorCode.NOT_IN_ROOM, "you are not in \"" + name.name() + "\"; join it first", id);
            return null;
        }
        return room;
    }

    /** @param roomName present: every request that names a room checks that itself */
    private NameCheck.Accepted roomName(Peer peer, String roomName, String id) {
        return switch (RoomNames.check(roomName)) {
            case NameCheck.Accepted accepted -> accepted;
            case NameCheck.Rejected rejected -> {
                ctx.out().error(peer, ErrorCode.ROOM_INVALID, rejected.reason(), id);
                yield null;
            }
        };
    }
}
