package dev.hearth.client.settings;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
    @FXML private CheckBox keepHistoryBox;

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
        keepHistoryBox.setSelected(model.keepHistoryProperty().get());
        model.keepHistoryProperty().subscribe(keepHistoryBox::setSelected);
        keepHistoryBox.setOnAction(e -> chooseHistory(bundle));
        closeButton.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(CLOSE, close);
            }
        });
    }

    /** Stopping deletes what was kept, so it is asked first; starting again needs no question. */
    private void chooseHistory(ResourceBundle bundle) {
        if (keepHistoryBox.isSelected()) {
            model.setKeepHistory(true);
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, bundle.getString("history.stop.detail"),
                new ButtonType(bundle.getString("history.stop.confirm"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        confirm.setHeaderText(bundle.getString("history.stop.question"));
        confirm.initOwner(keepHistoryBox.getScene().getWindow());
        confirm.getDialogPane().getStyleClass().add("stop-keeping-history");
        boolean erase = confirm.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
        if (erase) {
            model.setKeepHistory(false);
        } else {
            keepHistoryBox.setSelected(true);
        }
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
