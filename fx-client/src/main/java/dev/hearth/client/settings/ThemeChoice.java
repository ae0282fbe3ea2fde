package dev.hearth.client.settings;

import java.util.Locale;

/** The user's theme choice; {@link #SYSTEM} follows the operating system's light or dark mode. */
public enum ThemeChoice {
    LIGHT,
    DARK,
    SYSTEM;

    /** Reads {@code light}, {@code dark} or {@code system} (any case); anything else gives {@code fallback}. */
    public static ThemeChoice parse(String text, ThemeChoice fallback) {
        if (text == null) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            case "system" -> SYSTEM;
            default -> fallback;
        };
    }
}
