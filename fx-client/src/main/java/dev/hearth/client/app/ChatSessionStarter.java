package dev.hearth.client.app;

import dev.hearth.client.chat.FileDialogs;
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
    private final FileDialogs fileDialogs;

    public ChatSessionStarter() {
        this(ClientOptions.defaults(), Platform::runLater, Clock.systemUTC(), ZoneId.systemDefault());
    }

    public ChatSessionStarter(ClientOptions options, Executor fxThread, Clock clock, ZoneId zone) {
        this(options, fxThread, clock, zone, FileDialogs.system());
    }

    /** @param fileDialogs where to save files and which to send: the system's dialogs, or a test's answers */
    public ChatSessionStarter(ClientOptions options, Executor fxThread, Clock clock, ZoneId zone, FileDialogs fileDialogs) {
        this.options = options;
        this.fxThread = fxThread;
        this.clock = clock;
        this.zone = zone;
        this.fileDialogs = fileDialogs;
    }

    @Override
    public Session start(ConnectRequest request, Shell shell) {
        return ChatSession.open(request, shell, options, fxThread, clock, zone, fileDialogs);
    }
}
