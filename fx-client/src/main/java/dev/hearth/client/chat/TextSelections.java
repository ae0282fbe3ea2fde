package dev.hearth.client.chat;

import java.util.Optional;

/**
 * Which message text the reader has selected in one list: at most one at a time, as in a chat
 * app, so pressing in another message clears the previous selection, and Ctrl+C knows what to
 * copy. FX thread.
 */
final class TextSelections {

    private SelectableText current;

    /** The reader pressed in {@code text}: any other message's selection goes. */
    void pressed(SelectableText text) {
        if (current != null && current != text) {
            current.clearSelection();
        }
        current = text;
    }

    void selected(SelectableText text) {
        pressed(text);
    }

    /** What is selected now, if anything. */
    Optional<String> selectedText() {
        return current != null && current.hasSelection() ? Optional.of(current.selectedText()) : Optional.empty();
    }

    void clear() {
        if (current != null) {
            current.clearSelection();
            current = null;
        }
    }
}
