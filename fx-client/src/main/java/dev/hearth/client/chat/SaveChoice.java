package dev.hearth.client.chat;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save a copy of a file: the system's dialog in the app, a plain function in
 * tests (a FileChooser cannot be driven without a display). FX thread.
 */
@FunctionalInterface
public interface SaveChoice {

    /** Where to save a file called {@code suggestedName}, asked over {@code owner}; empty when the user cancels. */
    Optional<Path> choose(Window owner, String suggestedName);

    /**
     * The system's dialog titled {@code title} (it asks before replacing a file), proposing the
     * file's name, opening where the last copy of this run went.
     */
    static SaveChoice system(String title) {
        File[] lastFolder = {null};
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            if (lastFolder[0] != null && lastFolder[0].isDirectory()) {
                chooser.setInitialDirectory(lastFolder[0]);
            }
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return Optional.empty();
            }
            lastFolder[0] = chosen.getParentFile();
            return Optional.of(chosen.toPath());
        };
    }
}
