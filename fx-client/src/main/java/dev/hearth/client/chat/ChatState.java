package dev.hearth.client.chat;

import dev.hearth.client.notify.Notifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The conversation state, owned in one place: the conversations, which one is open, who we are,
 * what the relay said about itself, and the lines a batch added. {@link IncomingEnvelopes} and
 * {@link CommandRunner} change it; the {@link ChatViewModel} shows it read-only. It calls back into
 * none of them. FX thread only.
 */
final class ChatState {

    private final Clock clock;
    private final Notifier notifier;
    private final DirectPresence directPresence;
    private final ConversationList conversations;
    private final RelayStatus relay = new RelayStatus();
    private final ObjectProperty<Conversation> selected = new SimpleObjectProperty<>();
    private final StringProperty ownNick = new SimpleStringProperty("");
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(true);
    private final Set<Conversation> touched = new LinkedHashSet<>();
    private Mentions mentions = new Mentions("\u0000");
    private final ChatRecord record;

    ChatState(Clock clock, ZoneId zone, Notifier notifier, DirectPresence directPresence, ChatRecord record) {
        this.clock = clock;
        this.record = record;
        this.notifier = notifier;
        this.directPresence = directPresence;
        this.conversations = new ConversationList(zone, created -> {
            if (selected.get() == null) {
                selected.set(created);
            }
        });
    }

    // ---- what is there

    /** Where the relay's messages are kept besides the screen. */
    ChatRecord record() {
        return record;
    }

    Instant now() {
        return clock.instant();
    }

    ObservableList<Conversation> conversations() {
        return conversations.view();
    }

    RelayStatus relay() {
        return relay;
    }

    ReadOnlyObjectProperty<Conversation> selectedProperty() {
        return selected;
    }

    Conversation selected() {
        return selected.get();
    }

    ReadOnlyStringProperty ownNickProperty() {
        return ownNick;
    }

    String ownNick() {
        return ownNick.get();
    }

    BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    boolean mentionsMe(String message) {
        return mentions.in(message);
    }

    Conversation existingRoom(String name) {
        return conversations.existingRoom(name);
    }

    Conversation existingDirect(String nick) {
        return conversations.existingDirect(nick);
    }

    // ---- changes

    void select(Conversation conversation) {
        selected.set(conversation);
    }

    /** Opens (or selects) the direct conversation with {@code nick}; not with ourselves. */
    void openDirect(String nick) {
        if (!nick.equals(ownNick.get())) {
            selected.set(direct(nick));
        }
    }

    void setOwnNick(String nick) {
        ownNick.set(nick);
        mentions = new Mentions(nick);
    }

    Conversation room(String name) {
        return conversations.room(name);
    }

    Conversation direct(String nick) {
        return conversations.direct(nick);
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
        if (line instanceof ChatLine.MessageLine message && !message.own() && !message.deleted()) {
            boolean away = !windowFocused.get() || selected.get() != conversation;
            if (away) {
                conversation.countUnread(message);
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

    /** A line about what the relay reported at {@code relayTime} (null: unknown, now is used). */
    void notice(Conversation conversation, Instant relayTime, String line) {
        conversation.stage(relayTime == null ? new ChatLine.SystemLine(now(), line) : new ChatLine.SystemLine(relayTime, line, false));
        touched.add(conversation);
    }

    /** The end of a batch: the conversations it touched show their new lines at once. */
    void flushTouched() {
        touched.forEach(Conversation::flush);
        touched.clear();
        record.batchDone();
    }
}
