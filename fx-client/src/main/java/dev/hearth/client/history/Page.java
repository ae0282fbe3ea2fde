package dev.hearth.client.history;

import java.util.List;

/**
 * Some of a conversation's messages, oldest first.
 *
 * @param olderLeft whether the store holds messages before the first of these
 */
public record Page(List<StoredLine> lines, boolean olderLeft) {

    public Page {
        lines = List.copyOf(lines);
    }

    /** Where paging further back starts, or 0 when there is nothing here. */
    public long oldestId() {
        return lines.isEmpty() ? 0 : lines.getFirst().id();
    }
}
