package dev.hearth.client.testing;

import dev.hearth.client.chat.SaveChoice;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * "Save as" answered with what a test told it, since no native dialog can be driven headless:
 * each question takes the next answer, and none left is a user who cancelled. The names proposed
 * are kept for the test to check.
 */
public final class AnsweringSaveChoice implements SaveChoice {
    private final Deque<Path> targets = new ArrayDeque<>();
    private final Deque<String> suggested = new ArrayDeque<>();

    /** The next "Save as" is answered with {@code target}. */
    public synchronized void answer(Path target) {
        targets.add(target);
    }

    /** The names "Save as" proposed, oldest first. */
    public synchronized List<String> suggestedNames() {
        return List.copyOf(suggested);
    }

    public synchronized void clear() {
        targets.clear();
        suggested.clear();
    }

    @Override
    public synchronized Optional<Path> choose(Window owner, String suggestedName) {
        suggested.add(suggestedName);
        return Optional.ofNullable(targets.poll());
    }
}
