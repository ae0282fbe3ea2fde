package dev.hearth.client.settings;

/**
 * The user's preferences.
 *
 * @param theme        light, dark or follow the system
 * @param doNotDisturb true to suppress desktop notifications
 * @param language     a language tag such as {@code zh-CN}, or null to follow the system
 * @param autoConnect  true to reconnect to the last relay, into its rooms, when Hearth starts
 */
public record Preferences(ThemeChoice theme, boolean doNotDisturb, String language, boolean autoConnect) {

    public static final Preferences DEFAULTS = new Preferences(ThemeChoice.SYSTEM, false, null, false);

    public Preferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        language = language == null || language.isBlank() ? null : language.strip();
    }

    public Preferences withTheme(ThemeChoice choice) {
        return new Preferences(choice, doNotDisturb, language, autoConnect);
    }

    public Preferences withDoNotDisturb(boolean on) {
        return new Preferences(theme, on, language, autoConnect);
    }

    public Preferences withLanguage(String tag) {
        return new Preferences(theme, doNotDisturb, tag, autoConnect);
    }

    public Preferences withAutoConnect(boolean on) {
        return new Preferences(theme, doNotDisturb, language, on);
    }
}
