package dev.hearth.client.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One room or direct conversation as the user sees it. FX thread only.
 * Its lines, and their order, are kept by {@link ConversationLines}.
 */
public final class Conversation {

    private final ConversationKind kind;
    private final StringProperty name = new SimpleStringProperty();
    private final ConversationLines lines;
    private final ObservableList<String> members = FXCollections.observableArrayList();
    private final ObservableList<String> membersView = FXCollections.unmodifiableObservableList(members);
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final BooleanProperty mentioned = new SimpleBooleanProperty();
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final ObjectProperty<List<String>> typing = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Online> online = new SimpleObjectProperty<>(Online.UNKNOWN);
    private final Map<String, Instant> typers = new LinkedHashMap<>();
    private final ObjectProperty<ChatLine.MessageLine> unreadMark = new SimpleObjectProperty<>();
    private ChatLine.MessageLine firstUnread;
    private final BooleanProperty olderStored = new SimpleBooleanProperty();
    private long oldestStored;
    private Long lastSeq;
    private Instant lastSeqTs;

    Conversation(ConversationKind kind, String name, ZoneId zone) {
        this.kind = kind;
        this.lines = new ConversationLines(zone);
        this.name.set(name);
    }

    // ---- properties

    public ConversationKind kind() {
        return kind;
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ObservableList<ChatLine> lines() {
        return lines.view();
    }

    /** Room members (sorted), or for a DM nothing. */
    public ObservableList<String> members() {
        return membersView;
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread;
    }

    public ReadOnlyBooleanProperty mentionedProperty() {
        return mentioned;
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted;
    }

    /** Who is typing here, in the order they started; empty when nobody. */
    public ReadOnlyObjectProperty<List<String>> typingProperty() {
        return typing;
    }

    /** Whether the other person of a direct conversation is on the relay now; UNKNOWN for rooms. */
    public ReadOnlyObjectProperty<Online> onlineProperty() {
        return online;
    }

    // ---- changes (the view model calls these)

    void setOnline(Online now) {
        online.set(now);
    }

    void rename(String newName) {
        name.set(newName);
    }

    void setMuted(boolean on) {
        muted.set(on);
    }

    void setMembers(Collection<String> nicks) {
        List<String> sorted = new ArrayList<>(nicks);
        sorted.sort(Comparator.comparing(String::toLowerCase));
        members.setAll(sorted);
    }

    void addMember(String nick) {
        if (!members.contains(nick)) {
            List<String> next = new ArrayList<>(members);
            next.add(nick);
            setMembers(next);
        }
    }

    void removeMember(String nick) {
        members.remove(nick);
    }

    /**
     * Read: the first of the messages that were unread becomes the "new messages" mark, shown
     * until the user opens another conversation.
     */
    void markRead() {
        if (firstUnread != null) {
            unreadMark.set(firstUnread);
            firstUnread = null;
        }
        unread.set(0);
        mentioned.set(false);
    }

    /** The user went to another conversation: the mark has done its work. */
    void leaveUnreadMark() {
        unreadMark.set(null);
    }

    void countUnread(ChatLine.MessageLine message) {
        if (unread.get() == 0) {
            firstUnread = message;
        }
        unread.set(unread.get() + 1);
        if (message.mention()) {
            mentioned.set(true);
        }
    }

    /** The first message that was unread when the user opened this conversation, or null: a "new messages" line goes above it. */
    public ReadOnlyObjectProperty<ChatLine.MessageLine> unreadMarkProperty() {
        return unreadMark;
    }

    /**
     * Whether a room message is new. A {@code seq} at or below the last one seen is a repeat
     * (a re-joined room's backlog), unless it is also newer in time: then the room was emptied
     * and made anew, and its numbering started again.
     */
    boolean isNew(long seq, Instant ts) {
        if (lastSeq != null && seq <= lastSeq && (ts == null || !ts.isAfter(lastSeqTs))) {
            return false;
        }
        lastSeq = seq;
        lastSeqTs = ts;
        return true;
    }

    /** Whether a message with this relay id is shown here. */
    boolean shows(String mid) {
        return lines.shows(mid);
    }

    /** The shown message with relay id {@code mid}. */
    java.util.Optional<ChatLine.MessageLine> find(String mid) {
        return lines.find(mid);
    }

    void redrawRepliesTo(String mid) {
        lines.redrawRepliesTo(mid);
    }

    /** See {@link ConversationLines#change}. */
    boolean change(String mid, java.util.function.UnaryOperator<ChatLine.MessageLine> how) {
        return lines.change(mid, how);
    }

    /**
     * Older messages from this computer's history go above those shown.
     *
     * @param oldestId  where the next page starts in the store
     * @param olderLeft whether the store holds more before them
     */
    void prependStored(java.util.List<ChatLine.MessageLine> older, long oldestId, boolean olderLeft) {
        lines.prepend(older);
        if (!older.isEmpty()) {
            oldestStored = oldestId;
        }
        this.olderStored.set(olderLeft);
    }

    /** The user forgot this conversation's history: nothing of it shows, nothing older is left to page in. */
    void forgetShown() {
        lines.forgetShown();
        oldestStored = 0;
        olderStored.set(false);
    }

    /** Where paging back in the store continues, or 0 when nothing here came from it. */
    long oldestStored() {
        return oldestStored;
    }

    /** Whether this computer holds older messages of this conversation than those shown. */
    public ReadOnlyBooleanProperty olderStoredProperty() {
        return olderStored;
    }

    /** See {@link ConversationLines#stage}. */
    void stage(ChatLine line) {
        lines.stage(line);
    }

    void flush() {
        lines.flush();
    }

    /** Our own line waiting for its echo, shown at the bottom. */
    void addUnsent(ChatLine.MessageLine line) {
        lines.addUnsent(line);
    }

    /** See {@link ConversationLines#failUnsent}. */
    boolean failUnsent(String clientId, String reason) {
        return lines.failUnsent(clientId, reason);
    }

    /** Our failed line with {@code clientId}, or null. */
    ChatLine.MessageLine failedLine(String clientId) {
        return lines.failedLine(clientId);
    }

    /** A failed line was sent again: it goes back to the pending tail as {@code resent}. */
    void resendFailed(String clientId, ChatLine.MessageLine resent) {
        lines.resendFailed(clientId, resent);
    }

    /** The user dismissed (or took back to edit) a failed line. */
    boolean removeFailed(String clientId) {
        return lines.removeFailed(clientId);
    }

    /** The echo came: the line leaves the tail (the confirmed copy is staged by the caller). */
    boolean removeUnsent(String clientId) {
        return lines.removeUnsent(clientId);
    }

    // ---- typing

    void typing(String nick, boolean on, Instant until) {
        if (on) {
            typers.put(nick, until);
        } else {
            typers.remove(nick);
        }
        typing.set(List.copyOf(typers.keySet()));
    }

    void expireTyping(Instant now) {
        if (typers.values().removeIf(until -> !until.isAfter(now))) {
            typing.set(List.copyOf(typers.keySet()));
        }
    }

    @Override
    public String toString() {
        return "Conversation[" + kind + " " + name.get() + ", " + lines.view().size() + " lines]";
    }
}
