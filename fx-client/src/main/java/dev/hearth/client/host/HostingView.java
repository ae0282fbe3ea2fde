package dev.hearth.client.host;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The hosting window's controller: binds {@code HostingView.fxml} to a {@link HostingViewModel}. FX thread. */
public final class HostingView {

    @FXML private Label status;
    @FXML private Label portNote;
    @FXML private VBox groupBox;
    @FXML private TextField inviteField;
    @FXML private Button copyButton;
    @FXML private Label reachability;
    @FXML private TextField fingerprintField;
    @FXML private Button stopButton;
    @FXML private Button startButton;

    private final HostingViewModel model;
    private final Runnable close;

    private HostingView(HostingViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    /** @param close closes the window; the group stays open */
    public static Parent create(HostingViewModel model, Runnable close) {
        return ViewLoader.load(new HostingView(model, close));
    }

    @FXML
    private void initialize() {
        ResourceBundle bundle = I18n.bundleFor(HostingView.class);
        status.textProperty().bind(model.statusProperty());
        bindMessage(portNote, model.portNoteProperty());
        inviteField.textProperty().bind(model.inviteProperty());
        fingerprintField.textProperty().bind(model.fingerprintProperty());
        reachability.textProperty().bind(model.reachabilityProperty());
        groupBox.visibleProperty().bind(model.inviteProperty().isNotEmpty());
        groupBox.managedProperty().bind(groupBox.visibleProperty());
        copyButton.textProperty().bind(model.copiedProperty()
                .map(copied -> bundle.getString(copied ? "copied" : "copy")));
        stopButton.visibleProperty().bind(model.stateProperty().map(s -> s == HostingViewModel.State.HOSTING
                || s == HostingViewModel.State.STARTING));
        stopButton.managedProperty().bind(stopButton.visibleProperty());
        startButton.visibleProperty().bind(stopButton.visibleProperty().not());
        startButton.managedProperty().bind(startButton.visibleProperty());
    }

    @FXML
    private void copy() {
        model.copyInvite();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void close() {
        close.run();
    }

    private static void bindMessage(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
