package dev.hearth.client.chat;

import dev.hearth.client.compose.CompletionCandidates;
import dev.hearth.client.i18n.NameRuleText;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectionStatus;
import dev.hearth.client.net.RelayLink;
import dev.hearth.client.notify.Notifier;
import dev.hearth.protocol.Envelope;
import dev.hearth.model.NameCheck;
import dev.hearth.model.RoomNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The chat window's state: conversations, their lines, unread counts, the link's status. FX
 * thread only: the {@link ClientEventRouter} hands it the network's events a batch at a time
 * (ending each with {@link #batchDone}), and the view calls the commands. Envelope handling lives in {@link IncomingEnvelopes}, slash
 * commands in {@link CommandRunner}.
 */
public final class ChatViewModel {

    static final Duration TYPING_SHOWN_FOR = Duration.ofSeconds(6);

    private final RelayLink link;
    private final Clock clock;
    private final ChatText text;
    private final Notifier notifier;
    private final IncomingEnvelopes incoming;
    private final CommandRunner commands;
    private final TypingOut typingOut;
    private final DirectPresence directPresence;

    private final ConversationList conversations;
    private final RelayStatus relay = new RelayStatus();
    private final ObjectProperty<Conversation> selected = new SimpleObjectProperty<>();
    private final StringProperty ownNick = new SimpleStringProperty("");
    private final IntegerProperty totalUnread = new SimpleIntegerProperty();
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(true);
    private final StringProperty draft = new SimpleStringProperty("");
    private final StringProperty draftCount = new SimpleStringProperty("");
    private final BooleanProperty draftTooLong = new SimpleBooleanProperty();
    private final Set<Conversation> touched = new LinkedHashSet<>();
    private Mentions mentions = new Mentions("\u0000");
    private boolean everLoggedIn;

    public ChatViewModel(RelayLink link, Clock clock, ZoneId zone, ChatText text, Notifier notifier) {
        this.link = link;
        this.clock = clock;
        this.text = text;
        this.notifier = notifier;
        this.incoming = new IncomingEnvelopes(this, text);
        this.commands = new CommandRunner(this, link, text);
        this.typingOut = new TypingOut(clock, link);
        this.directPresence = new DirectPresence(link);
        this.conversations = new ConversationList(zone, created -> {
            if (selected.get() == null) {
                selected.set(created);
            }
        });
        selected.addListener((obs, old, now) -> {
            typingOut.conversationChanged(now);
            if (now != null) {
                now.markRead();
                recountUnread();
                if (now.kind() == ConversationKind.DIRECT) {
                    directPresence.ask(clock.instant());
                }
            }
        });
        draft.addListener((obs, old, now) -> {
            typingOut.edited(now);
            measureDraft();
        });
        relay.maxTextProperty().addListener((obs, old, now) -> measureDraft());
        windowFocused.addListener((obs, old, focused) -> {
            if (focused && selected.get() != null) {
                selected.get().markRead();
                recountUnread();
            }
        });
    }

    // ---- properties

    public ObservableList<Conversation> conversations() {
        return conversations.view();
    }

    public ObjectProperty<Conversation> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty ownNickProperty() {
        return ownNick;
    }

    /** The link's state, the relay's key and its rooms: what the status bar shows. */
    public RelayStatus relay() {
        return relay;
    }

    /** Unread messages over all conversations: the window title shows it. */
    public ReadOnlyIntegerProperty totalUnreadProperty() {
        return totalUnread;
    }

    /** The view keeps this in step with the window's focus. */
    public BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    public ChatText text() {
        return text;
    }

    /** What is typed in the input box; the view binds the box to it both ways. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** "3,612 / 4,000" near the relay's text limit, with how much too long past it; empty otherwise. */
    public ReadOnlyStringProperty draftCountProperty() {
        return draftCount;
    }

    /** Whether the draft is longer than the relay takes: Enter will not send it. */
    public ReadOnlyBooleanProperty draftTooLongProperty() {
        return draftTooLong;
    }

    // ---- commands

    /** The user pressed Enter: a slash command or text for the selected conversation. */
    public SubmitResult submit(String line) {
        SubmitResult result = commands.run(line);
        if (result == SubmitResult.DONE) {
            typingOut.sent();
        }
        return result;
    }

    /** What Tab can complete here: this conversation's members first, then everyone we know of. */
    public CompletionCandidates completionCandidates() {
        Conversation here = selected.get();
        List<String> members = here == null ? List.of()
                : here.kind() == ConversationKind.ROOM ? here.members() : List.of(here.name());
        Set<String> everyone = new LinkedHashSet<>(members);
        Set<String> rooms = new LinkedHashSet<>(relay.rooms());
        for (Conversation c : conversations.view()) {
            if (c.kind() == ConversationKind.ROOM) {
                everyone.addAll(c.members());
                rooms.add(c.name());
            } else {
                everyone.add(c.name());
            }
        }
        everyone.remove(ownNick.get());
        return new CompletionCandidates(members.stream().filter(m -> !m.equals(ownNick.get())).toList(),
                List.copyOf(everyone), List.copyOf(rooms));
    }

    /** Opens (or selects) the direct conversation with {@code nick}. */
    public void openDirect(String nick) {
        if (!nick.equals(ownNick.get())) {
            selected.set(direct(nick));
        }
    }

    /** Joins a room by name, as typed in the sidebar. */
    public SubmitResult joinRoom(String room) {
        return switch (RoomNames.check(room.startsWith("#") ? room.substring(1) : room)) {
            case NameCheck.Accepted ok -> {
                link.join(ok.name());
                yield SubmitResult.DONE;
            }
            case NameCheck.Rejected no -> {
                info(selected.get(), text.format("room.invalid", NameRuleText.describe(no, text.bundle().getLocale())));
                yield SubmitResult.KEEP_INPUT;
            }
        };
    }

    /** Leaves the selected room on the relay, or closes the selected direct conversation here. */
    public void leaveSelected() {
        Conversation conversation = selected.get();
        if (conversation == null) {
            return;
        }
        if (conversation.kind() == ConversationKind.ROOM) {
            link.leave(conversation.name());
        } else {
            close(conversation);
        }
    }

    /** A failed line: send it again as it was; it waits at the bottom again for its echo. */
    public void retry(ChatLine.MessageLine line) {
        Conversation conversation = holderOfFailed(line);
        if (conversation != null) {
            String id = conversation.kind() == ConversationKind.ROOM
                    ? link.say(conversation.name(), line.text())
                    : link.dm(conversation.name(), line.text());
            conversation.resendFailed(line.clientId(), line.resent(id));
        }
    }

    /** A failed line goes back into the input box to be changed and sent again (a draft there is kept below it). */
    public void edit(ChatLine.MessageLine line) {
        Conversation conversation = holderOfFailed(line);
        if (conversation != null && conversation.removeFailed(line.clientId())) {
            selected.set(conversation);
            String typed = draft.get();
            draft.set(typed == null || typed.isBlank() ? line.text() : line.text() + "\n" + typed);
        }
    }

    /** A failed line is dropped for good. */
    public void dismiss(ChatLine.MessageLine line) {
        Conversation conversation = holderOfFailed(line);
        if (conversation != null) {
            conversation.removeFailed(line.clientId());
        }
    }

    private Conversation holderOfFailed(ChatLine.MessageLine line) {
        if (line.delivery() != Delivery.FAILED || line.clientId() == null) {
            return null;
        }
        return conversations.view().stream().filter(c -> c.failedLine(line.clientId()) != null).findFirst().orElse(null);
    }

    /** Called about once a second by the view: expires "is typing" hints. */
    public void tick() {
        Instant now = clock.instant();
        conversations.view().forEach(c -> c.expireTyping(now));
        typingOut.tick();
        directPresence.tick(now, selected.get(), relay.statusProperty().get() == ConnectionStatus.CONNECTED);
    }

    // ---- the network's events, from the ClientEventRouter

    void statusChanged(ClientEvent.StatusChanged changed) {
        relay.changed(changed);
    }

    void received(Envelope envelope) {
        incoming.handle(envelope);
    }

    void problem(ClientEvent.Problem problem) {
        info(selected.get(), text.format("problem", text.problem(problem)));
    }

    /** The end of a batch: the conversations it touched show their new lines at once. */
    void batchDone() {
        touched.forEach(Conversation::flush);
        touched.clear();
        recountUnread();
    }

    void loggedIn(ClientEvent.LoggedIn in) {
        setOwnNick(in.welcome().nick());
        relay.loggedIn(in.welcome(), in.fingerprint());
        if (!everLoggedIn && in.welcome().motd() != null && !in.welcome().motd().isBlank()) {
            info(selected.get(), text.format("motd", in.welcome().motd()));
        } else if (everLoggedIn && !in.resumed()) {
            conversations.view().forEach(c -> info(c, text.format("session.restored")));
        }
        everLoggedIn = true;
        if (conversations.view().stream().anyMatch(c -> c.kind() == ConversationKind.DIRECT)) {
            directPresence.ask(now());
        }
    }

    // ---- shared with IncomingEnvelopes and CommandRunner

    Instant now() {
        return clock.instant();
    }

    String ownNick() {
        return ownNick.get();
    }

    void setOwnNick(String nick) {
        ownNick.set(nick);
        mentions = new Mentions(nick);
    }

    boolean mentionsMe(String message) {
        return mentions.in(message);
    }

    Conversation room(String name) {
        return conversations.room(name);
    }

    Conversation existingRoom(String name) {
        return conversations.existingRoom(name);
    }

    Conversation direct(String nick) {
        return conversations.direct(nick);
    }

    Conversation existingDirect(String nick) {
        return conversations.existingDirect(nick);
    }

    /** Someone we have a direct conversation with may have gone: ask the relay. */
    void askWhoIsOnline() {
        directPresence.ask(now());
    }

    void renameDirect(String from, String to) {
        conversations.renameDirect(from, to);
    }

    void close(Conversation conversation) {
        conversations.remove(conversation);
        if (selected.get() == conversation) {
            List<Conversation> left = conversations.view();
            selected.set(left.isEmpty() ? null : left.getFirst());
        }
    }

    /** A new line in {@code conversation}; counts it unread and notifies when the user is elsewhere. */
    void arrived(Conversation conversation, ChatLine line) {
        conversation.stage(line);
        touched.add(conversation);
        if (line instanceof ChatLine.MessageLine message && !message.own()) {
            boolean away = !windowFocused.get() || selected.get() != conversation;
            if (away) {
                conversation.countUnread(message.mention());
                boolean direct = conversation.kind() == ConversationKind.DIRECT;
                if (direct || message.mention()) {
                    notifier.show(direct ? message.from() : "#" + conversation.name() + " · " + message.from(), message.text());
                }
            }
        }
    }

    /** A line from the client itself ({@code conversation} null: the selected one, or nowhere yet). */
    void info(Conversation conversation, String line) {
        Conversation target = conversation != null ? conversation : selected.get();
        if (target != null) {
            target.stage(new ChatLine.SystemLine(now(), line));
            touched.add(target);
            target.flush();
        }
    }

    private void measureDraft() {
        DraftLength length = DraftLength.of(draft.get(), relay.maxTextProperty().get());
        draftTooLong.set(length.over());
        draftCount.set(!length.nearLimit() ? ""
                : text.format(length.over() ? "draft.over" : "draft.count", length.codePoints(), length.max(),
                        length.codePoints() - length.max()));
    }

    /** A line about what the relay reported at {@code relayTime} (null: unknown, now is used). */
    void notice(Conversation conversation, Instant relayTime, String line) {
        conversation.stage(relayTime == null ? new ChatLine.SystemLine(now(), line) : new ChatLine.SystemLine(relayTime, line, false));
        touched.add(conversation);
    }

    private void recountUnread() {
        totalUnread.set(conversations.view().stream().mapToInt(c -> c.unreadProperty().get()).sum());
    }
}
