package dev.hearth.client.notify;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Picks the notifier for this platform: Linux {@code notify-send} when it is on the PATH, macOS
 * {@code osascript}, Windows a tray balloon when the tray is supported; otherwise
 * {@link Notifier#NONE}. Any thread.
 */
public final class Notifiers {

    private Notifiers() {}

    public static Notifier forThisMachine() {
        return choose(System.getProperty("os.name", ""), System.getenv("PATH"), TrayNotifier::supported);
    }

    /**
     * @param osName        the {@code os.name} system property
     * @param searchPath    the {@code PATH} environment variable (may be null)
     * @param trayAvailable whether an AWT tray icon can be shown (asked on Windows only)
     */
    static Notifier choose(String osName, String searchPath, BooleanSupplier trayAvailable) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return trayAvailable.getAsBoolean() ? new TrayNotifier() : Notifier.NONE;
        }
        if (os.startsWith("mac")) {
            return find("osascript", searchPath)
                    .<Notifier>map(p -> new CommandNotifier(p, Notifiers::appleScript))
                    .orElse(Notifier.NONE);
        }
        return find("notify-send", searchPath)
                .<Notifier>map(p -> new CommandNotifier(p, (title, body) -> List.of("--app-name=Hearth", "--", title, body)))
                .orElse(Notifier.NONE);
    }

    /** Wraps {@code notifier} so nothing is shown while {@code doNotDisturb} says so (asked at each call). */
    public static Notifier unlessQuiet(Notifier notifier, BooleanSupplier doNotDisturb) {
        return (title, body) -> {
            if (!doNotDisturb.getAsBoolean()) {
                notifier.show(title, body);
            }
        };
    }

    /** The first executable called {@code name} in {@code searchPath}. */
    static Optional<Path> find(String name, String searchPath) {
        if (searchPath == null || searchPath.isBlank()) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * osascript takes the script as one argument; title and body travel as further arguments read
     * with {@code item n of argv}, so no quoting of message text is ever needed.
     */
    private static List<String> appleScript(String title, String body) {
        return List.of("-e", "on run argv", "-e", "display notification (item 2 of argv) with title (item 1 of argv)",
                "-e", "end run", title, body);
    }
}
