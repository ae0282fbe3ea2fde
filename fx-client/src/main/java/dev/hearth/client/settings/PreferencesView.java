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
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;

/**
 * The preferences pane: theme, do-not-disturb, reconnecting, history and how much of its files to
 * keep, language, and Close (also Esc and Ctrl+W, as in any desktop app's settings window).
 * Changes apply at once; only deleting the history is confirmed. FX thread.
 */
public final class PreferencesView {

    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    @FXML private ChoiceBox<ThemeChoice> themeChoice;
    @FXML private CheckBox doNotDisturbBox;
    @FXML private ChoiceBox<String> languageChoice;
    @FXML private CheckBox autoConnectBox;
    @FXML private CheckBox keepHistoryBox;
    @FXML private Label keepFilesLabel;
    @FXML private Spinner<Integer> keepFilesSpinner;

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
        bindKeepFiles(bundle);
        closeButton.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(CLOSE, close);
            }
        });
    }

    /**
     * "Keep up to [500] MB of pictures and files": typed (Enter or leaving the field applies it)
     * or stepped by 100 with the arrows and Up/Down; there is nothing to cap without a history.
     */
    private void bindKeepFiles(ResourceBundle bundle) {
        var megabytes = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Preferences.MAX_KEEP_FILES_MB,
                model.keepFilesMbProperty().get(), 100);
        megabytes.setConverter(typedOr(megabytes));
        keepFilesSpinner.setValueFactory(megabytes);
        megabytes.valueProperty().bindBidirectional(model.keepFilesMbProperty());
        keepFilesSpinner.disableProperty().bind(model.keepHistoryProperty().not());
        keepFilesLabel.setLabelFor(keepFilesSpinner);
        keepFilesSpinner.setAccessibleText(bundle.getString("keepFiles.accessible"));
        keepFilesSpinner.focusedProperty().subscribe(focused -> {
            if (!focused) {
                keepFilesSpinner.commitValue();
                keepFilesSpinner.cancelEdit(); // shows the value taken, not what was typed
            }
        });
    }

    /** A whole number as typed; anything else keeps the value there was. */
    private static StringConverter<Integer> typedOr(SpinnerValueFactory<Integer> factory) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException notANumber) {
                    return factory.getValue();
                }
            }
        };
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
