package dev.hearth.client.chat.viewer;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, proposing the file's name. FX thread. */
final class SystemSaveChooser implements SaveChooser {

    /** The folder of the last copy saved in this run, so that several pictures go to the same place. */
    private static File lastFolder;

    private final String title;

    SystemSaveChooser(String title) {
        this.title = title;
    }

    @Override
    public Optional<Path> choose(Window owner, String proposedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(proposedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
