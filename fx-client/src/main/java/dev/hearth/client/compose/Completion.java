package dev.hearth.client.compose;

import java.util.List;

/**
 * One Tab session: the text around the word being completed, the replacements it can become,
 * and which one is showing. Pressing Tab again while the input still shows {@link #edit()}
 * moves to the {@link #next()}; any other change to the input ends the session.
 *
 * @param before  the input before the word
 * @param after   the input after the caret
 * @param choices complete replacements for the word, suffix included ({@code "@bob "}, {@code "bob: "})
 * @param index   the choice showing
 */
record Completion(String before, String after, List<String> choices, int index) {
    Completion {
        choices = List.copyOf(choices);
        if (choices.isEmpty() || index < 0 || index >= choices.size()) {
            throw new IllegalArgumentException("no such choice: " + index);
        }
    }

    InputEdit edit() {
        String choice = choices.get(index);
        // A space already after the caret stands in for the suffix's: no double space, and the
        // caret still lands after it, ready for the next word.
        String inserted = choice.endsWith(" ") && after.startsWith(" ") ? choice.substring(0, choice.length() - 1) : choice;
        return new InputEdit(before + inserted + after, before.length() + choice.length());
    }

    /** The next choice, back to the first after the last. */
    Completion next() {
        return new Completion(before, after, choices, (index + 1) % choices.size());
    }

    /** Whether the input still shows what this session put there. */
    boolean shows(String text, int caret) {
        return edit().equals(new InputEdit(text, caret));
    }
}
