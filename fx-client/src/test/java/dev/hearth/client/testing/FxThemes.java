package dev.hearth.client.testing;

import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.theme.ThemeManager;
import javafx.beans.property.SimpleObjectProperty;
import javafx.application.ColorScheme;

/** Applies a fixed theme in UI tests, independent of the machine's colour scheme. FX thread. */
public final class FxThemes {

    private FxThemes() {}

    public static ThemeManager use(ThemeChoice choice) {
        ThemeManager manager = new ThemeManager(new SimpleObjectProperty<>(ColorScheme.LIGHT));
        manager.use(choice);
        return manager;
    }
}
