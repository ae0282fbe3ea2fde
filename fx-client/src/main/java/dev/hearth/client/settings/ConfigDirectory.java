package dev.hearth.client.settings;

import dev.hearth.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where the client keeps its per-user files: {@code hearth.config.dir} when set, else Linux
 * {@code $XDG_CONFIG_HOME/hearth} (or {@code ~/.config/hearth}), macOS
 * {@code ~/Library/Application Support/Hearth}, Windows {@code %APPDATA%\Hearth}. Pure logic
 * plus one {@link #create} call; any thread.
 */
public final class ConfigDirectory {

    public static final String OVERRIDE_PROPERTY = "hearth.config.dir";

    private ConfigDirectory() {}

    /** The directory for this machine and user, from the real system properties and environment. */
    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return nonBlank(appData) ? Path.of(appData, "Hearth") : Path.of(home, "AppData", "Roaming", "Hearth");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Hearth");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        return nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, "hearth") : Path.of(home, ".config", "hearth");
    }

    /** Makes {@code dir} (and its parents) exist; the directory itself is owner-only where supported. */
    public static Path create(Path dir) throws IOException {
        OwnerOnlyFiles.createDirectories(dir);
        // Unlike a relay's data directory, which an operator may set up, this one is Hearth's own.
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
