package dev.hearth.client.settings;

/**
 * The user's preferences.
 *
 * @param theme        light, dark or follow the system
 * @param doNotDisturb true to suppress desktop notifications
 * @param language     a language tag such as {@code zh-CN}, or null to follow the system
 * @param autoConnect  true to reconnect to the last relay, into its rooms, when Hearth starts
 * @param keepHistory  true (the default) to keep conversations in a history file on this computer
 */
public record Preferences(ThemeChoice theme, boolean doNotDisturb, String language, boolean autoConnect, Boolean keepHistory) {

    public static final Preferences DEFAULTS = new Preferences(ThemeChoice.SYSTEM, false, null, false, true);

    public Preferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        language = language == null || language.isBlank() ? null : language.strip();
        // Absent from files written before history was kept: keeping it is the default.
        keepHistory = keepHistory == null || keepHistory;
    }

    /** Preferences as files before "keep history" held them. */
    public Preferences(ThemeChoice theme, boolean doNotDisturb, String language, boolean autoConnect) {
        this(theme, doNotDisturb, language, autoConnect, true);
    }

    public Preferences withTheme(ThemeChoice choice) {
        return new Preferences(choice, doNotDisturb, language, autoConnect, keepHistory);
    }

    public Preferences withDoNotDisturb(boolean on) {
        return new Preferences(theme, on, language, autoConnect, keepHistory);
    }

    public Preferences withLanguage(String tag) {
        return new Preferences(theme, doNotDisturb, tag, autoConnect, keepHistory);
    }

    public Preferences withKeepHistory(boolean on) {
        return new Preferences(theme, doNotDisturb, language, autoConnect, on);
    }

    public Preferences withAutoConnect(boolean on) {
        return new Preferences(theme, doNotDisturb, language, on, keepHistory);
    }
}
