package dev.hearth.protocol;

import java.util.List;

/** Confirms a {@link Join}; the room's backlog follows as {@link Message} envelopes. */
public record Joined(String room, List<String> members, String id) implements Envelope {
    public static final String TYPE = "joined";

    public Joined {
        Ids.check(id);
        Require.present(room, "\"joined\" needs \"room\"");
        Require.present(members, "\"joined\" needs \"members\"");
        members = members == null ? null : List.copyOf(members);
    }
}
