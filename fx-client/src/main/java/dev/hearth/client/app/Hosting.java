package dev.hearth.client.app;

import dev.hearth.client.host.CloseQuestion;
import dev.hearth.client.host.HostingOptions;
import dev.hearth.client.host.HostingView;
import dev.hearth.client.host.HostingViewModel;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.theme.ThemeManager;
import dev.hearth.protocol.Invite;
import dev.hearth.relay.host.HostEvent;
import dev.hearth.relay.host.HostedRelay;
import dev.hearth.relay.time.ThreadScheduler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's part in hosting: the hosting window (one, beside the chat, like the
 * preferences), the relay's data directory under the client's, and the question on closing while a
 * group is open. FX thread.
 */
final class Hosting {

    /** Under the client's data directory: the hosted relay's key and password, kept between runs. */
    static final String DIRECTORY = "hosted-relay";

    private final Stage owner;
    private final Path dataDir;
    private final Consumer<Invite> joinOwnGroup;
    private HostingViewModel model;
    private Stage window;
    private final ReadOnlyBooleanWrapper groupOpen = new ReadOnlyBooleanWrapper();

    Hosting(Stage owner, Path dataDir, Consumer<Invite> joinOwnGroup) {
        this.owner = owner;
        this.dataDir = dataDir;
        this.joinOwnGroup = joinOwnGroup;
    }

    /** Shows the hosting window and opens the group unless it is open already. */
    void open() {
        if (window == null) {
            model = new HostingViewModel(this::startRelay, task -> Thread.ofVirtual().name("hearth-hosting").start(task),
                    Platform::runLater, I18n.bundleFor(HostingView.class), joinOwnGroup, Hosting::copy);
            groupOpen.bind(model.stateProperty().map(state -> state == HostingViewModel.State.HOSTING
                    || state == HostingViewModel.State.STARTING));
            Stage stage = new Stage();
            stage.initOwner(owner);
            stage.getIcons().setAll(owner.getIcons());
            stage.setTitle(I18n.bundleFor(HostingView.class).getString("window.title"));
            stage.setScene(ThemeManager.style(new Scene(HostingView.create(model, stage::close))));
            window = stage;
        }
        window.show();
        window.toFront();
        model.start();
    }

    /** Whether a group is open or opening. */
    ReadOnlyBooleanProperty groupOpen() {
        return groupOpen.getReadOnlyProperty();
    }

    /** The hosting window again, as it is: nothing is started. */
    void show() {
        if (window != null) {
            window.show();
            window.toFront();
        }
    }

    /** The main window is asked to close: with a group open, only once the host agreed to take it offline. */
    void closeRequested(WindowEvent request) {
        if (model == null || !model.hosting()) {
            return;
        }
        if (CloseQuestion.confirmed(owner)) {
            close();
        } else {
            request.consume();
        }
    }

    /** Everyone is told the relay is shutting down; returns once it has stopped. */
    void close() {
        if (model != null) {
            model.stopNow();
        }
        if (window != null) {
            window.close();
        }
    }

    private HostedRelay startRelay(Consumer<HostEvent> events) throws IOException {
        return HostedRelay.start(dataDir, HostingOptions.from(System.getenv(), System.getProperties()), Clock.systemUTC(),
                new ThreadScheduler("hearth-port-mapping-renewal"), events);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
