package dev.hearth.client.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The locale the whole UI speaks, chosen once at start-up, and the per-package bundles in it.
 * Bundles are {@code .properties} files read as UTF-8; a key missing from a translation falls
 * back to the English base file, never to the machine's default locale.
 *
 * <p>{@link #use} is called on the FX thread before the first view loads; the rest is read-only
 * and safe from any thread.
 */
public final class I18n {

    /** Chooses the base bundle, then the requested locale only: no detour via the default locale. */
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale current = Languages.choose(System.getProperty("hearth.locale"), Locale.getDefault());

    private I18n() {}

    public static Locale locale() {
        return current;
    }

    public static void use(Locale locale) {
        current = Objects.requireNonNull(locale, "locale");
    }

    /** The bundle {@code baseName} (e.g. {@code dev.hearth.client.connect.ConnectView}) in the UI's locale. */
    public static ResourceBundle bundle(String baseName) {
        return bundle(baseName, current);
    }

    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, I18n.class.getClassLoader(), NO_DEFAULT_FALLBACK);
    }

    /** The bundle named like {@code owner} (a view class next to its {@code .properties}). */
    public static ResourceBundle bundleFor(Class<?> owner) {
        return bundle(owner.getName());
    }

    /** A message with {@link MessageFormat} arguments, formatted in the bundle's locale. */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The supported locales, for a language picker. */
    public static List<Locale> supported() {
        return Languages.SUPPORTED;
    }
}
