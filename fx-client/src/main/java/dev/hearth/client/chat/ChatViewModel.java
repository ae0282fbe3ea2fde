package dev.hearth.client.chat;

import dev.hearth.client.compose.CompletionCandidates;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.net.RelayLink;
import dev.hearth.client.notify.Notifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The chat window's state: conversations, their lines, unread counts, the link's status. FX
 * thread only: the {@link ClientEventRouter} hands the network's events to {@link RelayEvents}
 * a batch at a time, and the view calls the commands. The state itself lives in
 * {@link ChatState}, changed by {@link IncomingEnvelopes} (envelopes) and {@link CommandRunner}
 * (slash commands); this class exposes it read-only.
 */
public final class ChatViewModel {

    private final RelayLink link;
    private final Clock clock;
    private final ChatText text;
    private final ChatState state;
    private final CommandRunner commands;
    private final TypingOut typingOut;
    private final DirectPresence directPresence;
    private final OpenConversation open;

    private final UnreadCount unread = new UnreadCount();
    private final RelayEvents events;
    private final FileSending fileSending;
    private final Draft draft;
    private final FailedLines failedLines;
    private final MessageActions messageActions;
    private final StatusBar statusBar;

    private final ChatHistory chatHistory;
    private final ConversationSearch search;

    /** A chat that keeps nothing on this computer. */
    public ChatViewModel(RelayLink link, Clock clock, ZoneId zone, ChatText text, Notifier notifier) {
        this(link, clock, zone, text, notifier, null);
    }

    /** A chat that keeps its conversations in {@code history} (null: nowhere), fetched files for this run only. */
    public ChatViewModel(RelayLink link, Clock clock, ZoneId zone, ChatText text, Notifier notifier, KeptHistory history) {
        this(link, clock, zone, text, notifier, history, null);
    }

    /**
     * A chat that keeps its conversations in {@code history} (null: nowhere) and fetched files in
     * {@code files} (null: a folder of this run).
     */
    public ChatViewModel(RelayLink link, Clock clock, ZoneId zone, ChatText text, Notifier notifier, KeptHistory history,
            FileKeeping files) {
        this.link = link;
        this.clock = clock;
        this.text = text;
        this.directPresence = new DirectPresence(link);
        this.state = new ChatState(clock, zone, notifier, directPresence, history == null ? ChatRecord.NOWHERE : history);
        this.fileSending = new FileSending(state, link);
        this.events = new RelayEvents(state, new IncomingEnvelopes(state, text), text, directPresence, unread, clock,
                fileSending, link, files);
        this.commands = new CommandRunner(state, link, text);
        this.typingOut = new TypingOut(clock, link);
        this.open = new OpenConversation(state.selectedProperty(), text);
        Attention.follow(state, unread, typingOut, directPresence, clock);
        this.draft = new Draft(text, state.relay().maxTextProperty());
        this.failedLines = new FailedLines(state, link, draft, fileSending);
        this.messageActions = new MessageActions(state, link, draft);
        this.chatHistory = new ChatHistory(state, history, text);
        this.search = new ConversationSearch(state, history, text);
        search.currentProperty().subscribe(mid -> {
            if (mid != null) {
                chatHistory.reveal(mid);
            }
        });
        this.statusBar = new StatusBar(state.relay(), state.ownNickProperty(), text);
        draft.typedProperty().addListener((obs, old, now) -> typingOut.edited(now));
    }

    // ---- properties

    public ObservableList<Conversation> conversations() {
        return state.conversations();
    }

    /** The open conversation; {@link #select} changes it. */
    public ReadOnlyObjectProperty<Conversation> selectedProperty() {
        return state.selectedProperty();
    }

    /** The words around the open conversation: title, members or presence, typing, prompt. */
    public OpenConversation open() {
        return open;
    }

    public ReadOnlyStringProperty ownNickProperty() {
        return state.ownNickProperty();
    }

    /** The link's state, the relay's key and its rooms: what the status bar shows. */
    public RelayStatus relay() {
        return state.relay();
    }

    /** The status bar's line, its colour and the relay key line. */
    public StatusBar statusBar() {
        return statusBar;
    }

    /** Unread messages over all conversations: the window title shows it. */
    public ReadOnlyIntegerProperty totalUnreadProperty() {
        return unread.totalProperty();
    }

    /** The view keeps this in step with the window's focus. */
    public BooleanProperty windowFocusedProperty() {
        return state.windowFocusedProperty();
    }

    public ChatText text() {
        return text;
    }

    /** What is typed, measured against the relay's limit. */
    public Draft draft() {
        return draft;
    }

    // ---- commands

    /** The conversations kept on this computer: restoring, paging, revealing, searching, forgetting. */
    public ChatHistory history() {
        return chatHistory;
    }

    /** Ctrl+F in the open conversation. */
    public ConversationSearch search() {
        return search;
    }

    /** The user opened {@code conversation} (from the list, or by a shortcut). */
    public void select(Conversation conversation) {
        state.select(conversation);
    }

    /** The user pressed Enter: a slash command or text for the selected conversation. */
    public SubmitResult submit(String line) {
        if (messageActions.editingNow() && !line.startsWith("/")) {
            return messageActions.submitEdit(line);
        }
        SubmitResult result = commands.run(line, messageActions.replyMid());
        if (result == SubmitResult.DONE) {
            typingOut.sent();
            messageActions.submitted();
        }
        return result;
    }

    /**
     * Sends a prepared file, with a caption, to the selected conversation (answering the message
     * being replied to, if any). Anything but {@code SENT} leaves everything as it was.
     */
    public FileSending.Outcome sendFile(PreparedFile prepared, String caption) {
        FileSending.Outcome outcome = fileSending.send(prepared, caption, messageActions.replyMid());
        if (outcome == FileSending.Outcome.SENT) {
            messageActions.submitted();
        }
        return outcome;
    }

    /** Reply, react, edit and delete on a message. */
    public MessageActions messageActions() {
        return messageActions;
    }

    /** What Tab can complete here: this conversation's members first, then everyone we know of. */
    public CompletionCandidates completionCandidates() {
        return CompletionSources.of(state);
    }

    /** Opens (or selects) the direct conversation with {@code nick}. */
    public void openDirect(String nick) {
        state.openDirect(nick);
    }

    /** Joins a room by name, as typed in the sidebar. */
    public SubmitResult joinRoom(String room) {
        return commands.joinTyped(room);
    }

    /** Leaves the selected room on the relay, or closes the selected direct conversation here. */
    public void leaveSelected() {
        commands.leaveSelected();
    }

    /** Edit, Retry and Dismiss on a line the relay refused. */
    public FailedLines failedLines() {
        return failedLines;
    }

    /** Called about once a second by the view: expires "is typing" hints. */
    public void tick() {
        Instant now = clock.instant();
        state.conversations().forEach(c -> c.expireTyping(now));
        typingOut.tick();
        directPresence.tick(now, state.selected(), state.relay().statusProperty().get() == ConnectionStatus.CONNECTED);
    }

    /** The files of the window's messages (protocol 1.1): their transfers, fetching, saving. */
    public MessageFiles files() {
        return events.files();
    }

    /** The chat's clock, for the names of pasted pictures. */
    Clock clock() {
        return clock;
    }

    /** The network's events, for the {@link ClientEventRouter}. */
    RelayEvents events() {
        return events;
    }
}
