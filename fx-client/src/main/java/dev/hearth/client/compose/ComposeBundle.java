package dev.hearth.client.compose;

import java.util.Locale;
import java.util.ResourceBundle;

/** The input box's strings: {@code Compose.properties} (English) and its translations. */
public final class ComposeBundle {
    public static final String BASE_NAME = "dev.hearth.client.compose.Compose";

    private ComposeBundle() {}

    /**
     * Without the no-fallback control, asking for English on a Chinese system would fall back to
     * the default locale's bundle instead of the English base file.
     */
    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
