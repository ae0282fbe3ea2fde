package dev.hearth.client.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the client keeps what it accumulates (the conversation history), apart from its settings:
 * {@code hearth.data.dir} when set; else, when the config directory was chosen by hand
 * ({@code --config-dir}), a {@code data} directory inside it, so such a profile holds everything
 * of its own; else Linux {@code $XDG_DATA_HOME/hearth} (or {@code ~/.local/share/hearth}), macOS
 * {@code ~/Library/Application Support/Hearth}, Windows {@code %LOCALAPPDATA%\Hearth} (local, not
 * roaming: a database is not something to copy between computers at every log-in). Pure logic;
 * {@link ConfigDirectory#create} makes it.
 */
public final class DataDirectory {

    public static final String OVERRIDE_PROPERTY = "hearth.data.dir";

    private DataDirectory() {}

    /** @param chosenConfigDir the config directory given by hand, or null */
    public static Path resolve(String chosenConfigDir) {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), chosenConfigDir, System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String chosenConfigDir, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (chosenConfigDir != null && !chosenConfigDir.isBlank()) {
            return Path.of(chosenConfigDir, "data");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "Hearth") : Path.of(home, "AppData", "Local", "Hearth");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Hearth");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // As with XDG_CONFIG_HOME, a relative path is invalid and ignored.
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "hearth") : Path.of(home, ".local", "share", "hearth");
    }
}
