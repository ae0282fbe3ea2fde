package dev.hearth.client.app;

import dev.hearth.client.chat.FileChoice;
import dev.hearth.client.chat.SaveChoice;
import dev.hearth.client.net.ClientOptions;
import dev.hearth.client.net.ConnectRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Starts the real chat session: a relay client, the FX hand-off and the main window. FX thread. */
public final class ChatSessionStarter implements SessionStarter {

    private final ClientOptions options;
    private final Executor fxThread;
    private final Clock clock;
    private final ZoneId zone;
    private final FileChoice chooseFiles;
    private final SaveChoice chooseSaveTarget;

    public ChatSessionStarter() {
        this(ClientOptions.defaults(), Platform::runLater, Clock.systemUTC(), ZoneId.systemDefault());
    }

    public ChatSessionStarter(ClientOptions options, Executor fxThread, Clock clock, ZoneId zone) {
        this(options, fxThread, clock, zone, FileChoice.system(),
                SaveChoice.system(dev.hearth.client.i18n.I18n.bundle(dev.hearth.client.chat.MainView.class.getName())
                        .getString("file.save.title")));
    }

    /**
     * @param chooseFiles      asks for files to attach (tests answer without the system's chooser)
     * @param chooseSaveTarget asks where to save a copy of a file (tests answer likewise)
     */
    public ChatSessionStarter(ClientOptions options, Executor fxThread, Clock clock, ZoneId zone, FileChoice chooseFiles,
            SaveChoice chooseSaveTarget) {
        this.options = options;
        this.fxThread = fxThread;
        this.clock = clock;
        this.zone = zone;
        this.chooseFiles = chooseFiles;
        this.chooseSaveTarget = chooseSaveTarget;
    }

    @Override
    public Session start(ConnectRequest request, Shell shell) {
        return ChatSession.open(request, shell, options, fxThread, clock, zone, chooseFiles, chooseSaveTarget);
    }
}
