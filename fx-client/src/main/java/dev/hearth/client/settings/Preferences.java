package dev.hearth.client.settings;

/**
 * The user's preferences.
 *
 * @param theme        light, dark or follow the system
 * @param doNotDisturb true to suppress desktop notifications
 * @param language     a language tag such as {@code zh-CN}, or null to follow the system
 * @param autoConnect  true to reconnect to the last relay, into its rooms, when Hearth starts
 * @param keepHistory  true (the default) to keep conversations in a history file on this computer
 * @param keepFilesMb  megabytes (10^6 bytes) of fetched pictures and files kept with the history,
 *                     0 to {@value #MAX_KEEP_FILES_MB}; {@value #DEFAULT_KEEP_FILES_MB} by default
 */
public record Preferences(ThemeChoice theme, boolean doNotDisturb, String language, boolean autoConnect, Boolean keepHistory,
                          Integer keepFilesMb) {

    /** 500 MB: about a hundred phone photos, twice what a relay holds for everyone by default. */
    public static final int DEFAULT_KEEP_FILES_MB = 500;
    /** 100 GB: a cap, not a disk's worth. */
    public static final int MAX_KEEP_FILES_MB = 100_000;

    public static final Preferences DEFAULTS = new Preferences(ThemeChoice.SYSTEM, false, null, false, true, DEFAULT_KEEP_FILES_MB);

    public Preferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        language = language == null || language.isBlank() ? null : language.strip();
        // Absent from files written before history was kept: keeping it is the default.
        keepHistory = keepHistory == null || keepHistory;
        // Absent from files written before files were kept; a hand-edited value out of range is brought into it.
        keepFilesMb = keepFilesMb == null ? DEFAULT_KEEP_FILES_MB : Math.clamp(keepFilesMb, 0, MAX_KEEP_FILES_MB);
    }

    /** Preferences as files before "keep history" held them. */
    public Preferences(ThemeChoice theme, boolean doNotDisturb, String language, boolean autoConnect) {
        this(theme, doNotDisturb, language, autoConnect, true, DEFAULT_KEEP_FILES_MB);
    }

    /** Preferences as files before the cap on kept files held them. */
    public Preferences(ThemeChoice theme, boolean doNotDisturb, String language, boolean autoConnect, Boolean keepHistory) {
        this(theme, doNotDisturb, language, autoConnect, keepHistory, DEFAULT_KEEP_FILES_MB);
    }

    /** The cap on kept files in bytes. */
    public static long keepFilesBytes(int megabytes) {
        return megabytes * 1_000_000L;
    }

    public Preferences withTheme(ThemeChoice choice) {
        return new Preferences(choice, doNotDisturb, language, autoConnect, keepHistory, keepFilesMb);
    }

    public Preferences withDoNotDisturb(boolean on) {
        return new Preferences(theme, on, language, autoConnect, keepHistory, keepFilesMb);
    }

    public Preferences withLanguage(String tag) {
        return new Preferences(theme, doNotDisturb, tag, autoConnect, keepHistory, keepFilesMb);
    }

    public Preferences withKeepHistory(boolean on) {
        return new Preferences(theme, doNotDisturb, language, autoConnect, on, keepFilesMb);
    }

    public Preferences withAutoConnect(boolean on) {
        return new Preferences(theme, doNotDisturb, language, on, keepHistory, keepFilesMb);
    }

    public Preferences withKeepFilesMb(int megabytes) {
        return new Preferences(theme, doNotDisturb, language, autoConnect, keepHistory, megabytes);
    }
}
