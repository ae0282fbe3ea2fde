package dev.hearth.client.connect;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import dev.hearth.client.lan.LanRelaysViewModel;
import dev.hearth.lan.LanRecord;
import dev.hearth.client.settings.RecentRelay;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/** The connect screen's controller: binds {@code ConnectView.fxml} to a {@link ConnectViewModel}. FX thread. */
public final class ConnectView {

    @FXML private Label banner;
    @FXML private TextField inviteField;
    @FXML private Label inviteError;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private Label hostError;
    @FXML private Label portError;
    @FXML private CheckBox plaintextBox;
    @FXML private VBox fingerprintBox;
    @FXML private TextField fingerprintField;
    @FXML private VBox announcedBox;
    @FXML private TextField announcedField;
    @FXML private TextField nickField;
    @FXML private Label nickError;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordError;
    @FXML private Button reconnectButton;
    @FXML private CheckBox rememberBox;
    @FXML private Button connectButton;
    @FXML private ListView<RecentRelay> recentList;
    @FXML private VBox lanBox;
    @FXML private ListView<LanRecord> lanList;
    @FXML private Button preferencesButton;
    @FXML private VBox hostBox;

    private final ConnectViewModel model;
    private final LanRelaysViewModel lan;
    private final Runnable openPreferences;
    private final Runnable openHosting;

    private ConnectView(ConnectViewModel model, LanRelaysViewModel lan, Runnable openPreferences, Runnable openHosting) {
        this.model = model;
        this.lan = lan;
        this.openPreferences = openPreferences;
        this.openHosting = openHosting;
    }

    /** Loads the screen for {@code model}, without a way to open the preferences. */
    public static Parent create(ConnectViewModel model) {
        return create(model, null);
    }

    /** @param openPreferences what the "Preferences…" button does; null hides the button */
    public static Parent create(ConnectViewModel model, Runnable openPreferences) {
        return create(model, null, openPreferences);
    }

    /** @param lan the relays announced on this network; null (not listening) hides "On this network" */
    public static Parent create(ConnectViewModel model, LanRelaysViewModel lan, Runnable openPreferences) {
        return create(model, lan, openPreferences, null);
    }

    /** @param openHosting what "Host a group on this computer" does; null hides it */
    public static Parent create(ConnectViewModel model, LanRelaysViewModel lan, Runnable openPreferences,
            Runnable openHosting) {
        return ViewLoader.load(new ConnectView(model, lan, openPreferences, openHosting));
    }

    @FXML
    private void initialize() {
        inviteField.textProperty().bindBidirectional(model.inviteProperty());
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        nickField.textProperty().bindBidirectional(model.nickProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        plaintextBox.selectedProperty().bindBidirectional(model.plaintextProperty());
        rememberBox.selectedProperty().bindBidirectional(model.rememberPasswordProperty());
        rememberBox.setText(model.rememberLabel());
        fingerprintField.textProperty().bind(model.fingerprintProperty());
        showWhenSet(fingerprintBox, fingerprintField);
        announcedField.textProperty().bind(model.announcedProperty());
        showWhenSet(announcedBox, announcedField);
        bindMessage(banner, model.bannerProperty());
        bindMessage(inviteError, model.inviteErrorProperty());
        bindMessage(hostError, model.hostErrorProperty());
        bindMessage(portError, model.portErrorProperty());
        bindMessage(nickError, model.nickErrorProperty());
        bindMessage(passwordError, model.passwordErrorProperty());
        connectButton.disableProperty().bind(model.canConnectProperty().not());
        model.focusProperty().subscribe(field -> {
            if (field != null) {
                (field == ConnectViewModel.Field.NICK ? nickField : passwordField).requestFocus();
            }
        });
        setUpRecent(I18n.bundleFor(ConnectView.class));
        setUpLan(I18n.bundleFor(ConnectView.class));
        ResourceBundle bundle = I18n.bundleFor(ConnectView.class);
        reconnectButton.textProperty().bind(model.lastRelayProperty().map(last ->
                java.text.MessageFormat.format(bundle.getString("reconnect"), last.nick(), last.key())).orElse(""));
        reconnectButton.visibleProperty().bind(model.lastRelayProperty().isNotNull());
        reconnectButton.managedProperty().bind(reconnectButton.visibleProperty());
        preferencesButton.setVisible(openPreferences != null);
        preferencesButton.managedProperty().bind(preferencesButton.visibleProperty());
        hostBox.setVisible(openHosting != null);
        hostBox.setManaged(openHosting != null);
    }

    @FXML
    private void openHosting() {
        openHosting.run();
    }

    @FXML
    private void openPreferences() {
        openPreferences.run();
    }

    @FXML
    private void connect() {
        model.connect();
    }

    @FXML
    private void reconnect() {
        model.reconnectLast();
    }

    private void setUpRecent(ResourceBundle bundle) {
        recentList.setItems(model.recentRelays());
        recentList.setPlaceholder(new Label(bundle.getString("recent.placeholder")));
        recentList.setCellFactory(list -> new RecentRelayCell(bundle));
        recentList.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            RecentRelay chosen = recentList.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.useRecent(chosen);
                if (e.getClickCount() == 2) {
                    model.connect(); // a double click goes straight in, as in a file list
                }
            }
        });
    }

    /** Choosing an entry (mouse or keys) fills the form; a double click or Enter connects. */
    private void setUpLan(ResourceBundle bundle) {
        lanBox.setVisible(lan != null);
        lanBox.setManaged(lan != null);
        if (lan == null) {
            return;
        }
        lanList.setItems(lan.relays());
        lanList.setPlaceholder(new Label(bundle.getString("lan.placeholder")));
        lanList.setCellFactory(list -> new LanRelayCell(bundle));
        lanList.getSelectionModel().selectedItemProperty().subscribe(chosen -> {
            if (chosen != null) {
                model.useLan(chosen);
            }
        });
        lanList.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && lanList.getSelectionModel().getSelectedItem() != null) {
                model.connect();
            }
        });
        lanList.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && lanList.getSelectionModel().getSelectedItem() != null) {
                model.connect();
            }
        });
    }

    private static void bindMessage(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void showWhenSet(VBox box, TextField field) {
        box.visibleProperty().bind(field.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
    }
}
