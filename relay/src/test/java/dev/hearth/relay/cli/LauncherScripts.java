package dev.hearth.relay.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relay's launcher scripts in {@code src/main/dist/bin}, and what they hold: the JVM options
 * every launcher passes. Tests run the relay with these, so they are written down once per script.
 */
final class LauncherScripts {

    static final Path POSIX = Path.of("src", "main", "dist", "bin", "hearth-relay");
    static final Path WINDOWS = Path.of("src", "main", "dist", "bin", "hearth-relay.cmd");

    private static final Pattern POSIX_OPTIONS = Pattern.compile("(?m)^JAVA_OPTS_DEFAULT=\"([^\"]*)\"$");
    private static final Pattern WINDOWS_OPTIONS = Pattern.compile("(?m)^set \"JAVA_OPTS_DEFAULT=([^\"]*)\"\r?$");

    private LauncherScripts() {}

    /** {@code JAVA_OPTS_DEFAULT} of the POSIX script, the options every launcher of the relay passes. */
    static List<String> jvmOptions() {
        return options(POSIX, POSIX_OPTIONS);
    }

    /** {@code JAVA_OPTS_DEFAULT} of the Windows script. */
    static List<String> windowsJvmOptions() {
        return options(WINDOWS, WINDOWS_OPTIONS);
    }

    static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> options(Path script, Pattern assignment) {
        Matcher matcher = assignment.matcher(read(script));
        if (!matcher.find()) {
            throw new IllegalStateException(script + " sets no JAVA_OPTS_DEFAULT");
        }
        return Arrays.stream(matcher.group(1).trim().split(" +")).filter(o -> !o.isEmpty()).toList();
    }
}
