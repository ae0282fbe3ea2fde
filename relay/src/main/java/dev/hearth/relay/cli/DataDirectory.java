package dev.hearth.relay.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the relay keeps its identity when no {@code --data-dir} is given: the platform's per-user data directory. */
final class DataDirectory {

    private DataDirectory() {}

    static Path platformDefault(Map<String, String> env) {
        return platformDefault(System.getProperty("os.name", ""), env, System.getProperty("user.home"));
    }

    static Path platformDefault(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData == null || localAppData.isBlank()
                    ? Path.of(userHome, "AppData", "Local")
                    : Path.of(localAppData);
            return base.resolve("Hearth").resolve("Relay");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Hearth Relay");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG base directory spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("hearth-relay");
    }
}
