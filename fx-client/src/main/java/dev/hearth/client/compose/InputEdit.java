package dev.hearth.client.compose;

import java.util.Objects;

/** New content for the input box: its text and where the caret goes (a UTF-16 index). */
public record InputEdit(String text, int caret) {
    public InputEdit {
        Objects.requireNonNull(text, "text");
        if (caret < 0 || caret > text.length()) {
            throw new IllegalArgumentException("caret " + caret + " outside the text");
        }
    }
}
