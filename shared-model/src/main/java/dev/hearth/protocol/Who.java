package dev.hearth.protocol;

import java.util.List;

/**
 * Both the request and its answer: a client asks with an optional {@code room}; the relay answers
 * with {@code members}, the room's or (without {@code room}) every online nick.
 */
public record Who(String room, List<String> members, String id) implements Envelope {
    public static final String TYPE = "who";

    public Who {
        Ids.check(id);
        members = members == null ? null : List.copyOf(members);
    }
}
