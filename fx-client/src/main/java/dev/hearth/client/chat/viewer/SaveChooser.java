package dev.hearth.client.chat.viewer;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user where to save a copy: {@link #system} in the app; tests, which cannot drive the
 * system's dialog, put an answer in its place. FX thread.
 */
@FunctionalInterface
interface SaveChooser {

    /** Where to save {@code proposedName}; empty when the user cancels. */
    Optional<Path> choose(Window owner, String proposedName);

    /**
     * The system's save dialog titled {@code title} (it asks before replacing a file), opening in
     * the folder of the last copy saved in this run.
     */
    static SaveChooser system(String title) {
        return new SystemSaveChooser(title);
    }
}
