package dev.hearth.client.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes Windows open {@code hearth://} links with the installed Hearth, for the current user only
 * (no administrator rights), as Signal Desktop and other chat apps do at start-up: jpackage's
 * .msi has no option for URL schemes. Linux gets the handler from the .deb's desktop entry,
 * macOS from the app's Info.plist.
 *
 * <p>Runs only in an installed app on Windows, which jpackage's launcher tells by the system
 * property {@value #APP_PATH}. The entries are written with {@code reg import}, from a .reg file,
 * since that needs no quoting of the program's path on a command line. Any thread; it blocks
 * for {@code reg}, so call it off the FX thread.
 */
public final class WindowsLinkHandler {

    /** Set by jpackage's launcher to the path of the app's executable. */
    public static final String APP_PATH = "jpackage.app-path";

    private WindowsLinkHandler() {}

    /** Whether this is an installed Hearth on Windows, the only place the handler is registered from. */
    public static boolean applies() {
        String exe = System.getProperty(APP_PATH);
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                && exe != null && !exe.isBlank();
    }

    /**
     * Registers the handler when {@link #applies()}.
     *
     * @return what went wrong, if anything did
     */
    public static Optional<String> registerIfInstalled() {
        if (!applies()) {
            return Optional.empty();
        }
        String exe = System.getProperty(APP_PATH);
        try {
            Path file = Files.createTempFile("hearth-link-handler", ".reg");
            try {
                // reg import reads UTF-16LE with a byte order mark: the path may hold any character.
                Files.write(file, ("\uFEFF" + registryFile(exe)).getBytes(StandardCharsets.UTF_16LE));
                Process reg = new ProcessBuilder("reg", "import", file.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!reg.waitFor(30, TimeUnit.SECONDS)) {
                    reg.destroyForcibly();
                    return Optional.of("reg import did not finish");
                }
                return reg.exitValue() == 0 ? Optional.empty() : Optional.of("reg import exited " + reg.exitValue());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            return Optional.of("cannot register hearth:// links: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /**
     * The .reg file that makes {@code exe} the current user's handler of {@code hearth://}: the
     * link arrives as the first argument, which opens the connect form filled in.
     */
    static String registryFile(String exe) {
        String key = "HKEY_CURRENT_USER\\Software\\Classes\\hearth";
        String quotedExe = "\"" + exe + "\"";
        return String.join("\r\n",
                "Windows Registry Editor Version 5.00",
                "",
                "[" + key + "]",
                "@=" + regString("URL:Hearth invite"),
                "\"URL Protocol\"=\"\"",
                "",
                "[" + key + "\\DefaultIcon]",
                "@=" + regString(quotedExe + ",0"),
                "",
                "[" + key + "\\shell\\open\\command]",
                "@=" + regString(quotedExe + " \"%1\""),
                "");
    }

    /** A string value as .reg files write it: in quotes, with backslashes and quotes escaped. */
    private static String regString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
