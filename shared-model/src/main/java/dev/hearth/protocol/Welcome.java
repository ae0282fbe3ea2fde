package dev.hearth.protocol;

import java.util.List;

/**
 * The relay accepts a {@link Hello}: the session's nick, its resume token and the relay's limits.
 * {@code rooms} lists only the busiest rooms, so the line stays short however many rooms exist;
 * {@code roomCount} says how many there are in all, and a {@link Rooms} request lists every one.
 * {@code features} (protocol 1.1) lists what the relay offers beyond version 1 ({@link Features}).
 */
public record Welcome(Integer v, String nick, String session, String relay, String motd,
                      List<RoomSummary> rooms, Integer roomCount, Limits limits, List<String> features,
                      String id) implements Envelope {
    public static final String TYPE = "welcome";

    public Welcome {
        Ids.check(id);
        Require.present(v, "\"welcome\" needs \"v\"");
        Require.present(nick, "\"welcome\" needs \"nick\"");
        Require.present(session, "\"welcome\" needs \"session\": the resume token");
        rooms = rooms == null ? null : List.copyOf(rooms);
        features = features == null ? null : List.copyOf(features);
    }

    /** A welcome as protocol version 1 has it: no features. */
    public Welcome(Integer v, String nick, String session, String relay, String motd, List<RoomSummary> rooms,
            Integer roomCount, Limits limits, String id) {
        this(v, nick, session, relay, motd, rooms, roomCount, limits, null, id);
    }

    /** Whether the relay offers a protocol 1.1 feature ({@link Features}); a version 1 relay offers none. */
    public boolean offers(String feature) {
        return features != null && features.contains(feature);
    }

    /** A room as listed in a welcome: its name and how many members it has now. */
    public record RoomSummary(String name, Integer members) {}

    /** How many of the busiest rooms a relay lists in a welcome at most. */
    public static final int MAX_ROOMS_LISTED = 50;

    /**
     * Limits the relay enforces, so a client can stay inside them. Protocol 1.1 adds
     * {@code maxFile} (bytes; 0 when the relay takes no files) and {@code chunk} (bytes per chunk).
     */
    public record Limits(Integer maxFrame, Integer maxText, Integer ratePerSecond, Integer burst, Long maxFile, Integer chunk) {
        /** Limits as protocol version 1 has them. */
        public Limits(Integer maxFrame, Integer maxText, Integer ratePerSecond, Integer burst) {
            this(maxFrame, maxText, ratePerSecond, burst, null, null);
        }
    }

    @Override
    public String toString() {
        return "Welcome[nick=" + nick + ", session=***, relay=" + relay + ", rooms=" + rooms + ", roomCount=" + roomCount + ", limits=" + limits + ", features=" + features + "]";
    }
}
