package dev.hearth.client.app;

import dev.hearth.client.settings.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Start-up overrides from the command line ({@code --config-dir=}, {@code --locale=},
 * {@code --theme=}) or system properties ({@code hearth.config.dir}, {@code hearth.locale},
 * {@code hearth.theme}); the command line wins. Null means "not given": the saved preferences
 * and the system decide. Useful for tests and screenshots. Any thread.
 *
 * <p>An invite ({@code hearth://…} or {@code hearth+tcp://…}) among the other arguments opens
 * the connect form filled from it: that is how a clicked invite link arrives, since the
 * desktop's {@code hearth://} handler runs the app with the link as its argument.
 *
 * @param configDir a directory path, or null for the platform's default
 * @param locale    a language tag such as {@code zh-CN}, or null
 * @param theme     the theme to use regardless of preferences, or null
 * @param invite    the first invite among the arguments, or null; it may carry a password
 * @param ignored   arguments that are neither an option nor the invite
 */
public record AppOptions(String configDir, String locale, ThemeChoice theme, String invite, List<String> ignored) {

    public AppOptions {
        ignored = List.copyOf(ignored);
    }

    public static AppOptions from(Map<String, String> named, Properties system) {
        return from(named, List.of(), system);
    }

    /** @param unnamed the arguments that are not {@code --name=value} options, in order */
    public static AppOptions from(Map<String, String> named, List<String> unnamed, Properties system) {
        String dir = pick(named.get("config-dir"), system.getProperty("hearth.config.dir"));
        String locale = pick(named.get("locale"), system.getProperty("hearth.locale"));
        String theme = pick(named.get("theme"), system.getProperty("hearth.theme"));
        String invite = null;
        List<String> ignored = new ArrayList<>();
        for (String argument : unnamed) {
            if (invite == null && isInvite(argument)) {
                invite = argument.strip();
            } else {
                ignored.add(argument);
            }
        }
        return new AppOptions(dir, locale, ThemeChoice.parse(theme, null), invite, ignored);
    }

    /** Says whether an invite was given, never what it is: it may carry the relay's password. */
    @Override
    public String toString() {
        return "AppOptions[configDir=" + configDir + ", locale=" + locale + ", theme=" + theme + ", invite="
                + (invite == null ? "none" : "given") + ", ignored=" + ignored.size() + "]";
    }

    private static boolean isInvite(String argument) {
        String lower = argument.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("hearth://") || lower.startsWith("hearth+tcp://");
    }

    private static String pick(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }
}
