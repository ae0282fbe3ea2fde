package dev.hearth.relay.routing;

import dev.hearth.relay.message.KnownMessage;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may see a message the relay knows (protocol 1.1), and who hears of what happens to it: the
 * members of its room, or the two people of a direct conversation, with mutes and ignores applied
 * as to the message itself. Called with the router lock held.
 */
final class Conversations {
    private final RouterContext ctx;

    Conversations(RouterContext ctx) {
        this.ctx = ctx;
    }

    /** The message, when the relay knows it and the session may see it; else null. */
    KnownMessage visible(Session session, String mid) {
        KnownMessage known = ctx.state().known().find(mid);
        if (known == null) {
            return null;
        }
        boolean sees = switch (known.where()) {
            case KnownMessage.InRoom(var room, _) -> ctx.state().membership().isMember(session, room);
            case KnownMessage.Between between -> between.includes(session.nickKey());
        };
        return sees ? known : null;
    }

    /** The room's name for a room message's envelopes; null for a direct message. */
    static String roomName(KnownMessage known) {
        return known.where() instanceof KnownMessage.InRoom(var room, _) ? room.name() : null;
    }

    /**
     * Sends a line about the message to everyone in its conversation. The one who acted always
     * gets it, as its answer; others not while they mute the room or ignore the one who acted.
     */
    void tell(KnownMessage known, Session actor, byte[] encoded) {
        SharedBody line = SharedBody.of(encoded);
        var membership = ctx.state().membership();
        switch (known.where()) {
            case KnownMessage.InRoom(var room, _) -> {
                for (Session member : membership.members(room)) {
                    if (member == actor || (!membership.muted(member, room) && !membership.ignores(member, actor.nickKey()))) {
                        member.deliver(line, null);
                    }
                }
            }
            case KnownMessage.Between between -> {
                Set<Session> people = new LinkedHashSet<>();
                people.add(actor);
                addIfOnline(people, between.firstKey());
                addIfOnline(people, between.secondKey());
                for (Session person : people) {
                    if (person == actor || !membership.ignores(person, actor.nickKey())) {
                        person.deliver(line, null);
                    }
                }
            }
        }
    }

    private void addIfOnline(Set<Session> people, String nickKey) {
        Session session = ctx.state().byNickKey(nickKey);
        if (session != null) {
            people.add(session);
        }
    }
}
