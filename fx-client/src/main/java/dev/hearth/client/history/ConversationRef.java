package dev.hearth.client.history;

import dev.hearth.model.Nicknames;
import dev.hearth.model.RoomNames;
import java.util.Objects;

/**
 * Which conversation a stored message belongs to: a room or a direct conversation, as seen by one
 * nick on one relay. History is kept per relay and nick, so two people sharing a computer, or one
 * person under two nicks, never see each other's direct conversations.
 *
 * @param relay the relay's address key ({@code host:port})
 * @param me    our nick on that relay, as typed; compared by its uniqueness key
 * @param name  the room's name or the other person's nick, as shown; compared by its key
 */
public record ConversationRef(String relay, String me, Kind kind, String name) {

    public enum Kind { ROOM, DIRECT }

    public ConversationRef {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (relay.isBlank() || me.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a conversation needs a relay, our nick and a name");
        }
    }

    public static ConversationRef room(String relay, String me, String room) {
        return new ConversationRef(relay, me, Kind.ROOM, room);
    }

    public static ConversationRef direct(String relay, String me, String other) {
        return new ConversationRef(relay, me, Kind.DIRECT, other);
    }

    String meKey() {
        return Nicknames.key(me);
    }

    /** Rooms and nicks are told apart the way the relay tells them apart. */
    String nameKey() {
        return kind == Kind.ROOM ? RoomNames.key(name) : Nicknames.key(name);
    }
}
