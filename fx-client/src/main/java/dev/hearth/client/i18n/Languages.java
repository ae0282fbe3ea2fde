package dev.hearth.client.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages Hearth ships and how one is chosen: an explicit override ({@code hearth.locale}
 * or the user's preference) wins, otherwise the system's language when we have it, otherwise
 * English. Pure logic; any thread.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Every language with a complete set of bundles, English (the fallback) first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SIMPLIFIED_CHINESE);

    private Languages() {}

    /**
     * @param override a language tag such as {@code zh-CN} or {@code en}; null or blank means none
     * @param system   the machine's default locale
     */
    public static Locale choose(String override, Locale system) {
        if (override != null && !override.isBlank()) {
            return closest(Locale.forLanguageTag(override.strip().replace('_', '-')));
        }
        return closest(system);
    }

    /** Maps any locale onto a supported one: any Chinese but Traditional becomes Simplified. */
    static Locale closest(Locale wanted) {
        if (wanted != null && "zh".equals(wanted.getLanguage())) {
            boolean traditional = "Hant".equals(wanted.getScript())
                    || List.of("TW", "HK", "MO").contains(wanted.getCountry());
            // Traditional Chinese readers get English rather than a script they did not ask for.
            return traditional ? ENGLISH : SIMPLIFIED_CHINESE;
        }
        return ENGLISH;
    }
}
