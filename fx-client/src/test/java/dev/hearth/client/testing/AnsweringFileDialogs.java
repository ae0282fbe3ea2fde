package dev.hearth.client.testing;

import dev.hearth.client.chat.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * File dialogs that answer what a test told them to, since no native dialog can be driven
 * headless: each question takes the next answer, and none left is a user who cancelled. The
 * suggested names asked with are kept for the test to check.
 */
public final class AnsweringFileDialogs implements FileDialogs {
    private final Deque<Path> saveTargets = new ArrayDeque<>();
    private final Deque<List<Path>> toSend = new ArrayDeque<>();
    private final Deque<String> suggested = new ArrayDeque<>();

    /** The next "Save as" is answered with {@code target}. */
    public synchronized void saveAs(Path target) {
        saveTargets.add(target);
    }

    /** The next "attach" is answered with {@code files}. */
    public synchronized void send(List<Path> files) {
        toSend.add(List.copyOf(files));
    }

    /** The names "Save as" proposed, oldest first. */
    public synchronized List<String> suggestedNames() {
        return List.copyOf(suggested);
    }

    public synchronized void clear() {
        saveTargets.clear();
        toSend.clear();
        suggested.clear();
    }

    @Override
    public synchronized Optional<Path> saveTarget(Window owner, String suggestedName) {
        suggested.add(suggestedName);
        return Optional.ofNullable(saveTargets.poll());
    }

    @Override
    public synchronized List<Path> filesToSend(Window owner) {
        List<Path> files = toSend.poll();
        return files == null ? List.of() : files;
    }
}
