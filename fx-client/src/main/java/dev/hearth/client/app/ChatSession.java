package dev.hearth.client.app;

import dev.hearth.client.chat.ChatText;
import dev.hearth.client.chat.ChatViewModel;
import dev.hearth.client.chat.ClientEventRouter;
import dev.hearth.client.chat.Conversation;
import dev.hearth.client.chat.FileChoice;
import dev.hearth.client.chat.ConversationKind;
import dev.hearth.client.chat.KeptHistory;
import dev.hearth.client.chat.MainActions;
import dev.hearth.client.chat.MainView;
import dev.hearth.client.chat.SaveChoice;
import dev.hearth.client.history.HistoryThread;
import dev.hearth.client.handoff.FxHandOff;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ClientOptions;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.KnownRelays;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.trust.PinMismatchActions;
import dev.hearth.client.trust.TrustDecision;
import dev.hearth.client.trust.TrustDialogs;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Parent;

/**
 * One running chat: the {@link RelayClient}, the single {@link FxHandOff} that carries its
 * events to the FX thread in batches, the {@link ChatViewModel} and the main window. Events that
 * need the whole window (trust questions, a changed key, a refused login, an unreachable relay
 * before the first login) go to dialogs or back to the connect screen; the rest go to the chat.
 * FX thread, apart from the hand-off's {@code offer}.
 */
final class ChatSession implements SessionStarter.Session {

    private final Shell shell;
    private final RelayAddress address;
    private final KnownRelays knownRelays;
    private final RelayClient client;
    private final ChatViewModel chat;
    private final ClientEventRouter router;
    private final Parent root;
    private boolean loggedIn;
    private boolean closed;
    private boolean historyProblemSaid;

    private ChatSession(ConnectRequest request, Shell shell, ClientOptions options, Executor fxThread, Clock clock, ZoneId zone,
                        FileChoice chooseFiles, SaveChoice chooseSaveTarget) {
        this.shell = shell;
        this.address = request.address();
        this.knownRelays = new KnownRelaysFile(shell.configDirectory());
        FxHandOff<ClientEvent> handOff = new FxHandOff<>(fxThread, this::deliver);
        this.client = new RelayClient(options, knownRelays, handOff::offer);
        HistoryThread history = shell.history();
        this.chat = new ChatViewModel(client, clock, zone, ChatText.current(), shell.notifier(),
                history == null ? null : new KeptHistory(history, address.key(), request.nick(), fxThread),
                shell.fileKeeping());
        this.router = new ClientEventRouter(chat, new WindowSide());
        this.root = MainView.load(chat, new MainActions(shell::openLink, shell.doNotDisturb(),
                shell::openPreferences, this::disconnect, chooseFiles, chooseSaveTarget, shell.hostingGroup(),
                shell::showHosting), zone);
        chat.totalUnreadProperty().addListener((obs, old, count) -> shell.setUnread(count.intValue()));
        chat.conversations().addListener((javafx.collections.ListChangeListener<Conversation>) change -> {
            if (loggedIn) {
                shell.roomsNow(chat.conversations().stream().filter(c -> c.kind() == ConversationKind.ROOM)
                        .map(Conversation::name).toList());
            }
        });
        chat.ownNickProperty().addListener((obs, old, nick) -> {
            if (loggedIn && !old.isEmpty() && !nick.isEmpty()) { // a /nick: the login itself is told below
                shell.loggedIn(nick);
            }
        });
    }

    static ChatSession open(ConnectRequest request, Shell shell, ClientOptions options, Executor fxThread,
                            Clock clock, ZoneId zone, FileChoice chooseFiles, SaveChoice chooseSaveTarget) {
        ChatSession session = new ChatSession(request, shell, options, fxThread, clock, zone, chooseFiles,
                chooseSaveTarget);
        session.chat.history().restoreKept(request.rooms()); // what was kept shows before anything arrives
        String notice = shell.takeHistoryNotice();
        if (notice != null) {
            session.chat.history().fileNotice(notice);
        }
        shell.show(session.root);
        session.client.connect(request);
        return session;
    }

    ChatViewModel chat() {
        return chat;
    }

    /** The user leaves: {@code bye}, so the others see it at once, and back to the connect screen. */
    private void disconnect() {
        shell.showConnectScreen(); // ends this session through close()
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            MainView.of(root).dispose();
            client.leaveRelay();
            chat.files().close();
        }
    }

    @Override
    public void historyProblem(String reason) {
        if (!closed && !historyProblemSaid) {
            historyProblemSaid = true; // once: a full disk fails every write after the first
            chat.history().historyProblem(reason);
        }
    }

    private void deliver(List<ClientEvent> batch) {
        if (!closed) {
            router.route(batch);
        }
    }

    /** What the router sends to the window rather than the chat. */
    private final class WindowSide implements ClientEventRouter.Window {
        @Override
        public void trustNeeded(ClientEvent.TrustNeeded question) {
            TrustDialogs.askTrust(shell.stage(), question, new TrustDecision() {
                @Override
                public void trust(RelayAddress address, String fingerprint) {
                    client.trustAndConnect(address, fingerprint);
                }

                @Override
                public void cancel() {
                    shell.showConnectScreen();
                }
            });
        }

        @Override
        public void pinMismatch(ClientEvent.PinMismatch mismatch) {
            TrustDialogs.showMismatch(shell.stage(), mismatch, new PinMismatchActions() {
                @Override
                public void close() {
                    shell.showConnectScreen();
                }

                @Override
                public void forgetKey(RelayAddress address) {
                    knownRelays.forget(address);
                    shell.showConnectScreen();
                }
            });
        }

        @Override
        public void loginRefused(ClientEvent.LoginRefused refused) {
            shell.showRefusal(refused.error());
        }

        @Override
        public void unreachable(ClientEvent.Problem problem) {
            shell.showProblem(chat.text().format("problem.unreachable", address.key(), chat.text().problem(problem)));
        }

        @Override
        public void loggedIn(String nick) {
            loggedIn = true;
            shell.loggedIn(nick);
        }
    }
}
