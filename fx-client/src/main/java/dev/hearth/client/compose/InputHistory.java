package dev.hearth.client.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines sent from the input box, for ↑ and ↓, shared by every conversation as in IRC
 * clients. ↑ walks back from the newest line, ↓ walks forward and ends at the draft that was
 * being typed when ↑ was first pressed. The view decides when the keys mean history (caret on
 * the first or last line of the input). Bounded: the oldest line goes first. UI thread only.
 */
public final class InputHistory {
    public static final int DEFAULT_CAPACITY = 100;

    private final int capacity;
    private final List<String> lines = new ArrayList<>();
    // lines.size() means "at the draft", below it the index of the line showing.
    private int position;
    private String draft = "";

    public InputHistory() {
        this(DEFAULT_CAPACITY);
    }

    public InputHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** A line was sent: remember it (not twice in a row, not when blank) and return to a fresh draft. */
    public void sent(String line) {
        if (!line.isBlank() && (lines.isEmpty() || !lines.getLast().equals(line))) {
            lines.add(line);
            if (lines.size() > capacity) {
                lines.removeFirst();
            }
        }
        position = lines.size();
        draft = "";
    }

    /** ↑: the line before the one showing, or empty at the oldest line (the input stays). */
    public Optional<String> previous(String showing) {
        if (position == 0) {
            return Optional.empty();
        }
        if (position == lines.size()) {
            draft = showing;
        }
        position--;
        return Optional.of(lines.get(position));
    }

    /** ↓: the line after the one showing, then the draft, then empty (the input stays). */
    public Optional<String> next() {
        if (position == lines.size()) {
            return Optional.empty();
        }
        position++;
        return Optional.of(position == lines.size() ? draft : lines.get(position));
    }

    /** The remembered lines, oldest first. */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
