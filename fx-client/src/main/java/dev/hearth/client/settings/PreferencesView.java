package dev.hearth.client.settings;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** The preferences pane: theme, do-not-disturb, language. FX thread. */
public final class PreferencesView {

    @FXML private ChoiceBox<ThemeChoice> themeChoice;
    @FXML private CheckBox doNotDisturbBox;
    @FXML private ChoiceBox<String> languageChoice;

    private final PreferencesViewModel model;

    private PreferencesView(PreferencesViewModel model) {
        this.model = model;
    }

    public static Parent create(PreferencesViewModel model) {
        return ViewLoader.load(new PreferencesView(model));
    }

    @FXML
    private void initialize() {
        ResourceBundle bundle = I18n.bundleFor(PreferencesView.class);
        themeChoice.setItems(FXCollections.observableArrayList(ThemeChoice.values()));
        themeChoice.setConverter(named(c -> bundle.getString("theme." + c.name().toLowerCase(java.util.Locale.ROOT))));
        themeChoice.valueProperty().bindBidirectional(model.themeProperty());
        languageChoice.setItems(FXCollections.observableArrayList(PreferencesViewModel.LANGUAGES));
        languageChoice.setConverter(named(tag -> bundle.getString(tag.isEmpty() ? "language.system" : "language." + tag)));
        languageChoice.valueProperty().bindBidirectional(model.languageProperty());
        doNotDisturbBox.selectedProperty().bindBidirectional(model.doNotDisturbProperty());
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
