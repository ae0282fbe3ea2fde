package dev.hearth.client.settings;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link Preferences} in {@code preferences.json} in the config directory, written atomically
 * and owner-only like {@link RecentRelays}. Synchronised; any thread.
 */
public final class PreferencesStore {

    public static final String FILE_NAME = "preferences.json";

    private final Path file;

    public PreferencesStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved preferences, or {@link Preferences#DEFAULTS} when none are saved or the file was damaged (and set aside). */
    public synchronized Preferences load() {
        Preferences stored = JsonFiles.readOrSetAside(file, Preferences.class).value();
        return stored == null ? Preferences.DEFAULTS : stored;
    }

    public synchronized void save(Preferences preferences) throws IOException {
        JsonFiles.write(file, preferences);
    }
}
