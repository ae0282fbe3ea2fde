package dev.hearth.client.chat;

import dev.hearth.client.compose.CompletionCandidates;
import dev.hearth.client.net.ConnectionStatus;
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
    private final Draft draft;
    private final FailedLines failedLines;
    private final MessageActions messageActions;
    private final StatusBar statusBar;

    private final KeptHistory history;
    private final java.util.Set<Conversation> pagingIn = new java.util.HashSet<>();
    private String pendingNotice;
    private final Quotes quotes;
    private final ConversationSearch search;
    private final javafx.beans.property.ObjectProperty<ChatLine.MessageLine> reveal = new javafx.beans.property.SimpleObjectProperty<>();

    /** A chat that keeps nothing on this computer. */
    public ChatViewModel(RelayLink link, Clock clock, ZoneId zone, ChatText text, Notifier notifier) {
        this(link, clock, zone, text, notifier, null);
    }

    /** A chat that keeps its conversations in {@code history} (null: nowhere). */
    public ChatViewModel(RelayLink link, Clock clock, ZoneId zone, ChatText text, Notifier notifier, KeptHistory history) {
        this.history = history;
        this.link = link;
        this.clock = clock;
        this.text = text;
        this.directPresence = new DirectPresence(link);
        this.state = new ChatState(clock, zone, notifier, directPresence, history == null ? ChatRecord.NOWHERE : history);
        this.events = new RelayEvents(state, new IncomingEnvelopes(state, text), text, directPresence, unread, clock);
        this.commands = new CommandRunner(state, link, text);
        this.typingOut = new TypingOut(clock, link);
        this.open = new OpenConversation(state.selectedProperty(), text);
        Attention.follow(state, unread, typingOut, directPresence, clock);
        state.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && pendingNotice != null) {
                state.info(now, pendingNotice);
                pendingNotice = null;
            }
        });
        this.draft = new Draft(text, state.relay().maxTextProperty());
        this.failedLines = new FailedLines(state, link, draft);
        this.messageActions = new MessageActions(state, link, draft);
        this.quotes = new Quotes(history, text.format("line.deleted"));
        this.search = new ConversationSearch(state, history, text);
        search.currentProperty().subscribe(mid -> {
            if (mid != null) {
                reveal(mid);
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

    /**
     * Shows what this computer kept of the direct conversations and of {@code rooms} (those we
     * are about to join again), before the relay has said anything. A history that cannot be
     * read is said in the chat; the chat goes on without it.
     */
    public void restoreKept(java.util.Collection<String> rooms) {
        if (history == null) {
            return;
        }
        java.util.Set<String> joining = new java.util.HashSet<>();
        rooms.forEach(r -> joining.add(dev.hearth.model.RoomNames.key(r)));
        try {
            for (KeptHistory.Kept kept : history.kept()) {
                boolean room = kept.ref().kind() == dev.hearth.client.history.ConversationRef.Kind.ROOM;
                if (room && !joining.contains(dev.hearth.model.RoomNames.key(kept.ref().name()))) {
                    continue; // a room we left: its history stays searchable, not on the list
                }
                Conversation conversation = room ? state.room(kept.ref().name()) : state.direct(kept.ref().name());
                showStored(conversation, kept.newest());
            }
        } catch (java.sql.SQLException e) {
            state.info(null, text.format("history.unreadable", e.getMessage()));
        }
    }

    /** Keeping the history failed: said in the open conversation (or the next one to open). */
    public void historyProblem(String reason) {
        String words = text.format("history.unwritable", reason);
        if (state.selected() != null) {
            state.info(null, words);
        } else {
            pendingNotice = words;
        }
    }

    /** Whether this chat keeps its conversations on this computer. */
    public boolean keepsHistory() {
        return history != null;
    }

    /** "Forget this conversation": what this computer kept of it is deleted, and its lines go (the view asked first). */
    public void forget(Conversation conversation) {
        if (history != null) {
            history.forget(conversation);
            conversation.forgetShown();
            state.info(conversation, text.format("history.forgotten"));
        }
    }

    /** "Forget everything kept for this relay": every conversation's history here, under every nick. */
    public void forgetRelay() {
        if (history != null) {
            history.forgetRelay();
            for (Conversation conversation : state.conversations()) {
                conversation.forgetShown();
            }
            state.info(null, text.format("history.relay.forgotten"));
        }
    }

    /** Ctrl+F in the open conversation. */
    public ConversationSearch search() {
        return search;
    }

    /**
     * Ctrl+Shift+F: everything kept for this relay and nick, the newest hits first; {@code then}
     * gets them (nothing without a kept history).
     */
    public void searchEverything(String query, java.util.function.Consumer<java.util.List<dev.hearth.client.history.SearchHit>> then) {
        if (history == null || query.isBlank()) {
            then.accept(java.util.List.of());
        } else {
            history.search(null, query, 100, then);
        }
    }

    /** A hit of the global search: its conversation opens (from the history, if it was closed) at the message. */
    public void open(dev.hearth.client.history.SearchHit hit) {
        Conversation conversation = hit.conversation().kind() == dev.hearth.client.history.ConversationRef.Kind.ROOM
                ? state.room(hit.conversation().name()) : state.direct(hit.conversation().name());
        state.select(conversation);
        String mid = hit.line().message().mid();
        if (conversation.lines().isEmpty() && history != null) {
            history.older(conversation, page -> { // nothing shown yet: the newest page first, then back to the hit
                showStored(conversation, page);
                if (mid != null) {
                    revealIn(conversation, mid);
                }
            });
        } else if (mid != null) {
            revealIn(conversation, mid);
        }
    }

    /** The message a reply quotes, when this computer has it (shown, or kept and fetched). */
    public java.util.Optional<ChatLine.MessageLine> quoted(String mid) {
        Conversation open = state.selected();
        return open == null ? java.util.Optional.empty() : quotes.of(open, mid);
    }

    /** The line the view is to scroll to and select (a reply's original); set anew on each ask. */
    public javafx.beans.property.ReadOnlyObjectProperty<ChatLine.MessageLine> revealProperty() {
        return reveal;
    }

    /**
     * Shows the message {@code mid} of the open conversation: at once when shown, else after
     * paging older history in until it is; a message this computer does not have is said so.
     */
    public void reveal(String mid) {
        Conversation open = state.selected();
        if (open != null) {
            revealIn(open, mid);
        }
    }

    private void revealIn(Conversation conversation, String mid) {
        java.util.Optional<ChatLine.MessageLine> shown = conversation.find(mid);
        if (shown.isPresent()) {
            reveal.set(null);
            reveal.set(shown.get());
        } else if (history != null && conversation.olderStoredProperty().get()) {
            history.older(conversation, page -> {
                showStored(conversation, page);
                revealIn(conversation, mid);
            });
        } else {
            state.info(conversation, text.format("line.reply.gone"));
        }
    }

    /** The reader scrolled to the top of {@code conversation}: the page before it comes in from this computer. */
    public void loadOlder(Conversation conversation) {
        if (history != null && conversation.olderStoredProperty().get() && pagingIn.add(conversation)) {
            history.older(conversation, page -> {
                pagingIn.remove(conversation);
                showStored(conversation, page);
            });
        }
    }

    private void showStored(Conversation conversation, dev.hearth.client.history.Page page) {
        String deleted = text.format("line.deleted");
        java.util.List<ChatLine.MessageLine> lines = page.lines().stream().map(l -> KeptHistory.line(l, deleted)).toList();
        for (ChatLine.MessageLine line : lines) {
            if (line.seq() != null) {
                conversation.isNew(line.seq(), line.ts()); // so a relay without mids is not shown twice what was kept
            }
        }
        conversation.prependStored(lines, page.oldestId(), page.olderLeft());
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

    /** The network's events, for the {@link ClientEventRouter}. */
    RelayEvents events() {
        return events;
    }
}
