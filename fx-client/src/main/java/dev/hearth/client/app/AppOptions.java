package dev.hearth.client.app;

import dev.hearth.client.settings.ThemeChoice;
import java.util.Map;
import java.util.Properties;

/**
 * Start-up overrides from the command line ({@code --config-dir=}, {@code --locale=},
 * {@code --theme=}) or system properties ({@code hearth.config.dir}, {@code hearth.locale},
 * {@code hearth.theme}); the command line wins. Null means "not given": the saved preferences
 * and the system decide. Useful for tests and screenshots. Any thread.
 *
 * @param configDir a directory path, or null for the platform's default
 * @param locale    a language tag such as {@code zh-CN}, or null
 * @param theme     the theme to use regardless of preferences, or null
 */
public record AppOptions(String configDir, String locale, ThemeChoice theme) {

    public static AppOptions from(Map<String, String> named, Properties system) {
        String dir = pick(named.get("config-dir"), system.getProperty("hearth.config.dir"));
        String locale = pick(named.get("locale"), system.getProperty("hearth.locale"));
        String theme = pick(named.get("theme"), system.getProperty("hearth.theme"));
        return new AppOptions(dir, locale, ThemeChoice.parse(theme, null));
    }

    private static String pick(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }
}
