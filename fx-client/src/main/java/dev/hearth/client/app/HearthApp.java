package dev.hearth.client.app;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.links.WindowsLinkHandler;
import dev.hearth.client.notify.Notifiers;
import dev.hearth.client.settings.ConfigDirectory;
import dev.hearth.client.settings.Preferences;
import dev.hearth.client.settings.PreferencesStore;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.settings.PreferencesViewModel;
import dev.hearth.client.settings.WindowPlaceFile;
import dev.hearth.client.theme.AppIcons;
import dev.hearth.client.theme.ThemeManager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import dev.hearth.client.history.HistoryFile;
import dev.hearth.client.settings.DataDirectory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: reads options and preferences, picks the language and theme, and
 * opens the main window on the connect screen. JavaFX calls {@link #start} and {@link #stop} on
 * the FX thread.
 */
public class HearthApp extends Application {

    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;

    /** The real chat session unless a test plugs in another before launch. */
    private static volatile SessionStarter sessionStarter = new ChatSessionStarter();

    private AppShell shell;

    /** Plugs in the real chat session; call before {@link Application#launch} (or before {@link #start} in tests). */
    public static void useSessionStarter(SessionStarter starter) {
        sessionStarter = Objects.requireNonNull(starter, "starter");
    }

    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        open(stage, parameters == null ? AppOptions.from(Map.of(), System.getProperties())
                : AppOptions.from(parameters.getNamed(), parameters.getUnnamed(), System.getProperties()), System.err);
    }

    /**
     * Opens the main window on the connect screen, filled from the invite among the options if
     * there is one. Says on {@code err} which relay the invite opened (a packaged smoke test
     * waits for that line) and which arguments it ignored; never the invite's password.
     */
    void open(Stage stage, AppOptions options, PrintStream err) {
        Path configDir = configDirectory(options);
        ThemeManager theme = new ThemeManager();
        PreferencesStore preferencesFile = new PreferencesStore(configDir);
        Path dataDir = DataDirectory.resolve(options.configDir());
        Path historyFile = dataDir.resolve(HistoryFile.NAME);
        // The preferences window exists only once the shell below does.
        PreferencesViewModel preferences = new PreferencesViewModel(preferencesFile, theme::use, keep -> shell.chooseHistory(keep, err));
        Preferences saved = preferences.current();
        I18n.use(Languages.choose(options.locale() != null ? options.locale() : saved.language(), Locale.getDefault()));
        theme.use(options.theme() != null ? options.theme() : saved.theme());
        var notifier = Notifiers.unlessQuiet(Notifiers.forThisMachine(), preferences::doNotDisturb);
        shell = new AppShell(stage, configDir, notifier, sessionStarter, preferences, getHostServices()::showDocument, historyFile,
                dataDir.resolve(Hosting.DIRECTORY));
        stage.setTitle(WindowTitle.format(0));
        stage.getIcons().setAll(AppIcons.forWindows());
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        WindowPlaces.restore(stage, new WindowPlaceFile(configDir));
        shell.showConnectScreen();
        Optional<Path> pinsSetAside = new KnownRelaysFile(configDir).setAside();
        pinsSetAside.ifPresent(aside -> {
            err.println("hearth-client: the pinned relay keys could not be read; set aside as " + aside);
            shell.connectModel().showPinsSetAside(aside.getFileName().toString());
        });
        for (String argument : options.ignored()) {
            err.println("hearth-client: ignoring argument '" + (argument.length() > 40 ? argument.substring(0, 40) + "…"
                    : argument) + "'");
        }
        if (options.invite() != null) {
            shell.openInvite(options.invite())
                    .ifPresent(relay -> err.println("hearth-client: opened invite for " + relay));
        } else if (saved.autoConnect() && pinsSetAside.isEmpty()) {
            shell.connectModel().reconnectLast(); // not past a notice about the keys the user must read first
        }
        stage.show();
        Thread.ofVirtual().name("hearth-link-handler").start(() -> WindowsLinkHandler.registerIfInstalled()
                .ifPresent(problem -> err.println("hearth-client: " + problem)));
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    private static Path configDirectory(AppOptions options) {
        Path dir = options.configDir() != null ? Path.of(options.configDir()) : ConfigDirectory.resolve();
        try {
            return ConfigDirectory.create(dir);
        } catch (IOException e) {
            // The app still works without saved settings; saving will fail quietly later.
            return dir;
        }
    }
}
