package dev.hearth.client.app;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import dev.hearth.client.net.ConnectRequest;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** The stand-in for the chat window: says where we are connecting, offers Back. FX thread. */
public final class PlaceholderView {

    @FXML private Label status;

    private final ConnectRequest request;
    private final Runnable back;

    private PlaceholderView(ConnectRequest request, Runnable back) {
        this.request = request;
        this.back = back;
    }

    public static Parent create(ConnectRequest request, Runnable back) {
        return ViewLoader.load(new PlaceholderView(request, back));
    }

    @FXML
    private void initialize() {
        status.setText(I18n.format(I18n.bundleFor(PlaceholderView.class), "connecting",
                request.address().key(), request.nick()));
    }

    @FXML
    private void back() {
        back.run();
    }
}
