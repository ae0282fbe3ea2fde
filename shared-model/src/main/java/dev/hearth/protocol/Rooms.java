package dev.hearth.protocol;

import java.util.List;

/**
 * Both the request for every room on the relay and its answer. The answer comes as one or more
 * {@code rooms} lines, each within the relay's frame limit, busiest room first; every line but
 * the last carries {@code "more":true}, and every line carries the request's {@code id}.
 */
public record Rooms(List<Welcome.RoomSummary> rooms, Boolean more, String id) implements Envelope {
    public static final String TYPE = "rooms";

    public Rooms {
        Ids.check(id);
        rooms = rooms == null ? null : List.copyOf(rooms);
    }
}
