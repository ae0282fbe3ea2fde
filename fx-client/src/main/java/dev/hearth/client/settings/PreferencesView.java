package dev.hearth.client.settings;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;

/**
 * The preferences pane: theme, do-not-disturb, language, and Close (also Esc and Ctrl+W, as in
 * any desktop app's settings window). Changes apply at once; there is nothing to confirm. FX thread.
 */
public final class PreferencesView {

    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    @FXML private ChoiceBox<ThemeChoice> themeChoice;
    @FXML private CheckBox doNotDisturbBox;
    @FXML private ChoiceBox<String> languageChoice;
    @FXML private CheckBox autoConnectBox;

    @FXML private Button closeButton;

    private final PreferencesViewModel model;
    private final Runnable close;

    private PreferencesView(PreferencesViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    /** @param close closes the window the pane is in */
    public static Parent create(PreferencesViewModel model, Runnable close) {
        return ViewLoader.load(new PreferencesView(model, close));
    }

    @FXML
    private void close() {
        close.run();
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
        autoConnectBox.selectedProperty().bindBidirectional(model.autoConnectProperty());
        closeButton.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(CLOSE, close);
            }
        });
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
