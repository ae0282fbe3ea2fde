package dev.hearth.relay.routing;

import dev.hearth.protocol.Welcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits lists of rooms into pieces that fit the room left in a line. */
final class RoomSummaries {
    /** {@code {"name":"","members":2147483647},} without the name. */
    private static final int ENTRY_OVERHEAD = 34;

    private RoomSummaries() {}

    /** {@code rooms} in order, cut into pages of at most {@code room} encoded bytes each; at least one page. */
    static List<List<Welcome.RoomSummary>> pages(List<Welcome.RoomSummary> rooms, int room) {
        List<List<Welcome.RoomSummary>> pages = new ArrayList<>();
        List<Welcome.RoomSummary> page = new ArrayList<>();
        int used = 0;
        for (Welcome.RoomSummary summary : rooms) {
            int size = size(summary);
            if (!page.isEmpty() && used + size > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(summary);
            used += size;
        }
        pages.add(page);
        return pages;
    }

    /** The first of {@code rooms}, as many as fit in {@code room} bytes. */
    static List<Welcome.RoomSummary> fitting(List<Welcome.RoomSummary> rooms, int room) {
        int used = 0;
        int count = 0;
        for (Welcome.RoomSummary summary : rooms) {
            used += size(summary);
            if (used > room) {
                break;
            }
            count++;
        }
        return rooms.subList(0, count);
    }

    /** An upper bound: names hold no control characters, so only quote and backslash are escaped, to two bytes. */
    private static int size(Welcome.RoomSummary summary) {
        String name = summary.name();
        int escapes = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                escapes++;
            }
        }
        return name.getBytes(StandardCharsets.UTF_8).length + escapes + ENTRY_OVERHEAD;
    }
}
