package dev.hearth.client.chat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The questions about files only the user can answer, through the operating system's own dialogs
 * in the app (and a test's answers in tests, where no native dialog can be driven).
 */
public interface FileDialogs {

    /** Where to save a copy of a file called {@code suggestedName}; empty when the user cancels. */
    Optional<Path> saveTarget(Window owner, String suggestedName);

    /** The files the user picks to send; empty when the user cancels. */
    List<Path> filesToSend(Window owner);

    /** The operating system's dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> saveTarget(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public List<Path> filesToSend(Window owner) {
                List<java.io.File> chosen = new FileChooser().showOpenMultipleDialog(owner);
                return chosen == null ? List.of() : chosen.stream().map(java.io.File::toPath).toList();
            }
        };
    }
}
