package dev.hearth.client.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the main window was and how big, in {@code window.json} in the config directory, so
 * Hearth opens the next time as the user left it. Any thread; calls are serialised.
 */
public final class WindowPlaceFile {

    public static final String FILE_NAME = "window.json";

    /** A window's bounds on the desktop, and whether it was maximised. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {}

    private final Path file;

    public WindowPlaceFile(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** The saved place; empty when none was saved or the file was damaged (and set aside): the default size then. */
    public synchronized Optional<WindowPlace> load() {
        WindowPlace place = JsonFiles.readOrSetAside(file, WindowPlace.class).value();
        return place == null || place.width() <= 0 || place.height() <= 0 ? Optional.empty() : Optional.of(place);
    }

    public synchronized void save(WindowPlace place) throws IOException {
        JsonFiles.write(file, place);
    }
}
