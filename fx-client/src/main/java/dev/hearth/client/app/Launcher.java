package dev.hearth.client.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application} on purpose: started from the class path,
 * JavaFX refuses a main class that does, so this one hands over to {@link HearthApp}. It answers
 * {@code --help} without starting JavaFX, and where there is no display to open a window on it
 * says so in one line instead of a stack trace.
 */
public final class Launcher {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: hearth-client [OPTIONS] [INVITE]",
            "",
            "Hearth, the chat client for a relay your friends run. Opens its window on the connect",
            "screen; an invite (hearth://... or hearth+tcp://..., as a clicked invite link passes it)",
            "fills the form in.",
            "",
            "Options:",
            "  --config-dir=PATH        where settings and known relay keys are kept",
            "                           (default: the platform's per-user config directory)",
            "  --locale=TAG             the language: en or zh-CN (default: the saved choice, else the system's)",
            "  --theme=light|dark|system  the theme for this run, whatever is saved",
            "  -h, --help               show this help and exit",
            "",
            "The same settings as Java system properties: hearth.config.dir, hearth.locale, hearth.theme.");

    private Launcher() {}

    public static void main(String[] args) {
        int code = prepare(args, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
        try {
            Application.launch(HearthApp.class, args);
        } catch (RuntimeException e) {
            // Whatever else stops JavaFX from opening a window, one line says what, not a trace.
            System.err.println("hearth-client: cannot open a window: " + oneLine(e));
            System.exit(1);
        }
    }

    /**
     * What to do before JavaFX starts.
     *
     * @return an exit code to stop with (help shown, or no display), or -1 to start the app
     */
    static int prepare(String[] args, Map<String, String> env, String osName, String glassPlatform,
                       PrintStream out, PrintStream err) {
        if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        Optional<String> noDisplay = noDisplay(env, osName, glassPlatform);
        if (noDisplay.isPresent()) {
            err.println("hearth-client: " + noDisplay.get());
            return 1;
        }
        return -1;
    }

    /** On Linux and the BSDs a window needs an X11 or Wayland display; without one GTK fails deep inside. */
    static Optional<String> noDisplay(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean needsDisplay = !os.startsWith("windows") && !os.startsWith("mac")
                && (glassPlatform == null || glassPlatform.equalsIgnoreCase("gtk"));
        boolean hasDisplay = !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return needsDisplay && !hasDisplay
                ? Optional.of("no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set);"
                        + " start Hearth from a desktop session, or over ssh with -X")
                : Optional.empty();
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
