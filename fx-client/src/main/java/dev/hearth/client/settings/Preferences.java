package dev.hearth.client.settings;

/**
 * The user's preferences.
 *
 * @param theme        light, dark or follow the system
 * @param doNotDisturb true to suppress desktop notifications
 * @param language     a language tag such as {@code zh-CN}, or null to follow the system
 */
public record Preferences(ThemeChoice theme, boolean doNotDisturb, String language) {

    public static final Preferences DEFAULTS = new Preferences(ThemeChoice.SYSTEM, false, null);

    public Preferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        language = language == null || language.isBlank() ? null : language.strip();
    }

    public Preferences withTheme(ThemeChoice choice) {
        return new Preferences(choice, doNotDisturb, language);
    }

    public Preferences withDoNotDisturb(boolean on) {
        return new Preferences(theme, on, language);
    }

    public Preferences withLanguage(String tag) {
        return new Preferences(theme, doNotDisturb, tag);
    }
}
