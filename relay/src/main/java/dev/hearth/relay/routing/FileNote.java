package dev.hearth.relay.routing;

import dev.hearth.protocol.FileOffer;
import dev.hearth.relay.message.KnownMessage;
import dev.hearth.relay.room.Room;
import dev.hearth.relay.session.Session;

/** What the relay's file memory keeps with a file, for the router: where it goes, then who may fetch it. */
sealed interface FileNote {
    /** On its way in: the offer, and the room it goes to or the person it is for (the other is null). */
    record Offered(FileOffer offer, Room room, Session to) implements FileNote {}

    /** Delivered: the conversation of its message, whose people may fetch it. */
    record Delivered(KnownMessage.Where where) implements FileNote {}
}
