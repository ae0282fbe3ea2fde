package dev.hearth.client.app;

import dev.hearth.client.connect.ConnectView;
import dev.hearth.client.connect.ConnectViewModel;
import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.history.HistoryKeeper;
import dev.hearth.client.history.HistoryThread;
import dev.hearth.client.handoff.FxHandOff;
import dev.hearth.client.host.OwnNick;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.lan.LanBrowser;
import dev.hearth.client.lan.LanChange;
import dev.hearth.client.lan.LanRelaysViewModel;
import dev.hearth.client.lan.LanSetting;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.notify.Notifier;
import dev.hearth.client.settings.Preferences;
import dev.hearth.client.settings.PreferencesView;
import dev.hearth.client.settings.PreferencesViewModel;
import dev.hearth.client.settings.RecentRelays;
import dev.hearth.client.settings.SavedPasswords;
import dev.hearth.client.theme.ThemeManager;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Invite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's owner: switches between the connect screen and a chat session, and keeps
 * the connect form (and what the user typed) across sessions. FX thread only.
 */
final class AppShell implements Shell {

    private final Stage stage;
    private final Path configDir;
    private final Notifier notifier;
    private final SessionStarter starter;
    private final PreferencesViewModel preferences;
    private final ConnectViewModel connectModel;
    private final Parent connectRoot;
    private final Consumer<String> linkOpener;
    private SessionStarter.Session session;
    private Stage preferencesWindow;
    private final SavedPasswords passwords;
    private final HistoryKeeper history;
    /** Null when the client does not listen for relays on the local network ({@link LanSetting}). */
    private final LanBrowser lanBrowser;
    private final Hosting hosting;

    AppShell(Stage stage, Path configDir, Notifier notifier, SessionStarter starter, PreferencesViewModel preferences,
             Consumer<String> linkOpener, Path historyFile, Path hostingDir) {
        this.stage = stage;
        this.hosting = new Hosting(stage, hostingDir, this::joinOwnGroup);
        // Closing the main window with a group open takes everyone offline: asked first.
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, hosting::closeRequested);
        this.history = new HistoryKeeper(historyFile, preferences.keepHistoryProperty().get(),
                Preferences.keepFilesBytes(preferences.keepFilesMbProperty().get()), java.time.Clock.systemUTC(), this::historyProblem);
        preferences.keepFilesMbProperty().addListener((obs, was, megabytes) -> {
            if (megabytes != null) { // the preferences put a cap in range back at once
                history.filesCap(Preferences.keepFilesBytes(megabytes));
            }
        });
        this.linkOpener = linkOpener;
        this.preferences = preferences;
        this.configDir = configDir;
        this.notifier = notifier;
        this.starter = starter;
        this.passwords = SavedPasswords.forThisComputer();
        this.connectModel = new ConnectViewModel(new RecentRelays(configDir, passwords),
                I18n.bundleFor(ConnectView.class),
                this::startSession);
        LanRelaysViewModel lan = null;
        LanBrowser browser = null;
        if (LanSetting.from(System.getProperties()) instanceof LanSetting.On on) {
            lan = new LanRelaysViewModel();
            // The same batched hand-off the chat's events take: one runLater per burst of announcements.
            FxHandOff<LanChange> handOff = new FxHandOff<>(javafx.application.Platform::runLater, lan::apply);
            browser = LanBrowser.start(on.on(), handOff::offer);
        }
        this.lanBrowser = browser;
        this.connectRoot = ConnectView.create(connectModel, lan, this::openPreferences, hosting::open);
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public Path configDirectory() {
        return configDir;
    }

    @Override
    public HistoryThread history() {
        return history.current();
    }

    @Override
    public FileKeeping fileKeeping() {
        return history.fileKeeping();
    }

    @Override
    public String takeHistoryNotice() {
        return history.takeNotice();
    }

    /** The user chose in the preferences: starting needs nothing now; stopping deletes the file at once. */
    void chooseHistory(boolean keep, java.io.PrintStream err) {
        if (keep) {
            history.keep();
            return;
        }
        try {
            history.eraseAndStop();
        } catch (java.io.IOException e) {
            err.println("hearth-client: the history file could not be deleted: " + e.getMessage());
        }
    }

    /** The history thread failed at some work: the session on screen says so. Any thread. */
    void historyProblem(java.sql.SQLException problem) {
        javafx.application.Platform.runLater(() -> {
            if (session != null) {
                session.historyProblem(problem.getMessage());
            }
        });
    }

    @Override
    public Notifier notifier() {
        return notifier;
    }

    @Override
    public void show(Parent root) {
        if (stage.getScene() == null) {
            stage.setScene(ThemeManager.style(new Scene(root)));
        } else {
            stage.getScene().setRoot(root);
        }
    }

    @Override
    public void openLink(String url) {
        linkOpener.accept(url);
    }

    @Override
    public BooleanProperty doNotDisturb() {
        return preferences.doNotDisturbProperty();
    }

    @Override
    public void setUnread(int count) {
        stage.setTitle(WindowTitle.format(count));
    }

    @Override
    public void showConnectScreen() {
        endSession();
        setUnread(0);
        show(connectRoot);
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue hostingGroup() {
        return hosting.groupOpen();
    }

    @Override
    public void showHosting() {
        hosting.show();
    }

    /** One preferences window, beside the chat rather than blocking it; asked again, it comes to the front. */
    @Override
    public void openPreferences() {
        if (preferencesWindow == null) {
            Stage window = new Stage();
            window.initOwner(stage);
            window.getIcons().setAll(stage.getIcons());
            window.setTitle(I18n.bundleFor(PreferencesView.class).getString("window.title"));
            window.setScene(ThemeManager.style(new Scene(PreferencesView.create(preferences, window::close))));
            preferencesWindow = window;
        }
        preferencesWindow.show();
        preferencesWindow.toFront();
    }

    @Override
    public void loggedIn(String nick) {
        connectModel.connected(nick);
    }

    @Override
    public void roomsNow(List<String> rooms) {
        connectModel.roomsNow(rooms);
    }

    @Override
    public void showRefusal(ErrorReply error) {
        showConnectScreen();
        connectModel.showRefusal(error);
    }

    @Override
    public void showProblem(String reason) {
        showConnectScreen();
        connectModel.showProblem(reason);
    }

    /**
     * Fills the connect form from an invite, as if it had been pasted; the user picks a nick and
     * connects. A broken invite shows its mistake under the invite field.
     *
     * @return the relay's {@code host:port} when the invite filled the form
     */
    Optional<String> openInvite(String invite) {
        showConnectScreen();
        connectModel.inviteProperty().set(invite);
        if (!connectModel.inviteErrorProperty().get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(connectModel.hostProperty().get() + ":" + connectModel.portProperty().get());
    }

    ConnectViewModel connectModel() {
        return connectModel;
    }

    /**
     * The host's own group is open: they join it as if they had pasted its invite, pinned to its
     * key (no first-contact question for their own relay), with the nick they typed or a default.
     */
    private void joinOwnGroup(Invite here) {
        showConnectScreen();
        connectModel.inviteProperty().set(here.format());
        connectModel.nickProperty().set(OwnNick.choose(connectModel.nickProperty().get(), System.getProperty("user.name")));
        connectModel.connect();
    }

    /** The app is quitting: the session ends, a hosted group goes offline, and the credential store is let go. */
    void close() {
        endSession();
        hosting.close();
        if (lanBrowser != null) {
            lanBrowser.close();
        }
        history.close();
        passwords.close();
    }

    void endSession() {
        SessionStarter.Session running = session;
        session = null;
        if (running != null) {
            running.close();
        }
    }

    private void startSession(ConnectRequest request) {
        endSession();
        session = starter.start(request, this);
    }
}
