package dev.hearth.client.chat;

import dev.hearth.client.i18n.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for files to send: the system's file chooser in the app, a plain function in tests
 * (a FileChooser cannot be driven without a display). FX thread.
 */
@FunctionalInterface
public interface FileChoice {

    /** The files chosen over {@code owner}, or none when the user cancelled. */
    List<Path> choose(Window owner);

    /** The system's chooser, several files at once, opening where the last choice was made. */
    static FileChoice system() {
        File[] lastFolder = {null};
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.bundle(MainView.class.getName()).getString("attach.chooser.title"));
            if (lastFolder[0] != null && lastFolder[0].isDirectory()) {
                chooser.setInitialDirectory(lastFolder[0]);
            }
            List<File> chosen = chooser.showOpenMultipleDialog(owner);
            if (chosen == null || chosen.isEmpty()) {
                return List.of();
            }
            lastFolder[0] = chosen.getFirst().getParentFile();
            return chosen.stream().map(File::toPath).toList();
        };
    }
}
