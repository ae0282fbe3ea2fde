package dev.hearth.relay.routing;

import dev.hearth.model.NameCheck;
import dev.hearth.model.RoomNames;
import dev.hearth.protocol.ErrorCode;
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
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import java.util.List;

/** Room requests: join, leave, say, who, mute, typing in a room. Called with the router lock held. */
final class RoomHandler {
    private final RouterContext ctx;

    RoomHandler(RouterContext ctx) {
        this.ctx = ctx;
    }

    void join(Peer peer, Session session, Join join) {
        NameCheck.Accepted name = roomName(peer, join.room(), join.id());
        if (name == null) {
            return;
        }
        Room room = ctx.state().room(name.key());
        if (room == null) {
            room = new Room(name.name(), name.key(), ctx.config().backlog());
            ctx.state().addRoom(room);
        }
        if (!room.has(session)) {
            room.add(session);
            session.roomKeys().add(room.key());
            broadcast(room, session, new Presence(room.name(), session.nick(), Presence.JOIN, null, ctx.now()));
        }
        ctx.out().toSession(session, new Joined(room.name(), room.memberNicks(), join.id()));
        if (!session.mutedRoomKeys().contains(room.key())) {
            for (Room.Posted posted : room.backlog()) {
                if (!session.ignores(posted.senderKey())) {
                    session.deliver(posted.line());
                }
            }
        }
    }

    void leave(Peer peer, Session session, Leave leave) {
        Room room = memberRoom(peer, session, leave.room(), leave.id());
        if (room == null) {
            return;
        }
        room.remove(session);
        session.roomKeys().remove(room.key());
        session.mutedRoomKeys().remove(room.key());
        ctx.out().toSession(session, new Left(room.name(), leave.id()));
        broadcast(room, session, new Presence(room.name(), session.nick(), Presence.LEAVE, null, ctx.now()));
        ctx.state().removeIfAbandoned(room);
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
        if (!TextRule.admit(ctx, peer, session, say.text(), say.id())) {
            return;
        }
        Message message = new Message(room.name(), room.nextSeq(), ctx.now(), session.nick(), say.text(), say.id());
        byte[] line = ctx.out().encode(message);
        room.post(new Room.Posted(message, session.nickKey(), line));
        session.echoes().remember(say.id(), message);
        for (Session member : room.members()) {
            // The sender always gets its echo: it is the acknowledgement, muted or not.
            boolean wanted = member == session
                    || (!member.mutedRoomKeys().contains(room.key()) && !member.ignores(session.nickKey()));
            if (wanted) {
                member.deliver(line);
            }
        }
    }

    void who(Peer peer, Session session, Who who) {
        if (who.room() == null) {
            ctx.out().toSession(session, new Who(null, ctx.state().nicks(), who.id()));
            return;
        }
        NameCheck.Accepted name = roomName(peer, who.room(), who.id());
        if (name == null) {
            return;
        }
        Room room = ctx.state().room(name.key());
        List<String> members = room == null ? List.of() : room.memberNicks();
        ctx.out().toSession(session, new Who(room == null ? name.name() : room.name(), members, who.id()));
    }

    void mute(Peer peer, Session session, Mute mute) {
        Room room = memberRoom(peer, session, mute.room(), mute.id());
        if (room == null) {
            return;
        }
        if (mute.on()) {
            session.mutedRoomKeys().add(room.key());
        } else {
            session.mutedRoomKeys().remove(room.key());
        }
        ctx.out().toSession(session, new Muted(room.name(), mute.on(), mute.id()));
    }

    void typing(Peer peer, Session session, Typing typing) {
        Room room = memberRoom(peer, session, typing.room(), typing.id());
        if (room == null) {
            return;
        }
        byte[] line = ctx.out().encode(new Typing(room.name(), null, session.nick(), typing.on(), null));
        for (Session member : room.members()) {
            if (member != session && !member.ignores(session.nickKey())) {
                member.deliver(line);
            }
        }
    }

    /** Sends to every member but the one it is about. */
    private void broadcast(Room room, Session about, Presence presence) {
        byte[] line = ctx.out().encode(presence);
        for (Session member : room.members()) {
            if (member != about) {
                member.deliver(line);
            }
        }
    }

    /** The room the session is in, or null after answering with the right error. */
    private Room memberRoom(Peer peer, Session session, String roomName, String id) {
        NameCheck.Accepted name = roomName(peer, roomName, id);
        if (name == null) {
            return null;
        }
        Room room = ctx.state().room(name.key());
        if (room == null || !room.has(session)) {
            ctx.out().error(peer, ErrorCode.NOT_IN_ROOM, "you are not in \"" + name.name() + "\"; join it first", id);
            return null;
        }
        return room;
    }

    private NameCheck.Accepted roomName(Peer peer, String roomName, String id) {
        if (roomName == null) {
            ctx.out().error(peer, ErrorCode.BAD_REQUEST, "this request needs a \"room\"", id);
            return null;
        }
        return switch (RoomNames.check(roomName)) {
            case NameCheck.Accepted accepted -> accepted;
            case NameCheck.Rejected rejected -> {
                ctx.out().error(peer, ErrorCode.ROOM_INVALID, rejected.reason(), id);
                yield null;
            }
        };
    }
}
