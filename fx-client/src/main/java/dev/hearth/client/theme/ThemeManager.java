package dev.hearth.client.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.hearth.client.settings.ThemeChoice;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Applies the AtlantaFX Primer theme app-wide (the user-agent stylesheet) and Hearth's own small
 * stylesheet per scene. With {@link ThemeChoice#SYSTEM} it follows the platform's colour scheme
 * live. FX thread only.
 */
public final class ThemeManager {

    /** Hearth's tweaks on top of AtlantaFX, written with its looked-up colours. */
    public static final String APP_STYLESHEET =
            Objects.requireNonNull(ThemeManager.class.getResource("hearth.css")).toExternalForm();

    private final ObservableValue<ColorScheme> systemScheme;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final InvalidationListener followSystem = o -> apply();
    private ThemeChoice choice = ThemeChoice.SYSTEM;

    /** Follows the real platform preferences. */
    public ThemeManager() {
        this(Platform.getPreferences().colorSchemeProperty());
    }

    /** @param systemScheme the system colour scheme to follow (a plain property in tests) */
    public ThemeManager(ObservableValue<ColorScheme> systemScheme) {
        this.systemScheme = systemScheme;
    }

    /** True while a dark theme is in use (for icons or images that need to know). */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public ThemeChoice choice() {
        return choice;
    }

    public void use(ThemeChoice newChoice) {
        systemScheme.removeListener(followSystem);
        choice = Objects.requireNonNull(newChoice, "newChoice");
        if (choice == ThemeChoice.SYSTEM) {
            systemScheme.addListener(followSystem);
        }
        apply();
    }

    /** Adds the app stylesheet to {@code scene}; every window's scene gets it once. */
    public static Scene style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_STYLESHEET)) {
            scene.getStylesheets().add(APP_STYLESHEET);
        }
        return scene;
    }

    /** The AtlantaFX theme for a choice and the current system scheme. */
    static Theme themeFor(ThemeChoice choice, ColorScheme system) {
        boolean useDark = choice == ThemeChoice.DARK || choice == ThemeChoice.SYSTEM && system == ColorScheme.DARK;
        return useDark ? new PrimerDark() : new PrimerLight();
    }

    private void apply() {
        Theme theme = themeFor(choice, systemScheme.getValue());
        dark.set(theme.isDarkMode());
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
    }
}
