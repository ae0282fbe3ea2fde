package dev.hearth.client.chat;

import java.time.Instant;
import java.time.LocalDate;
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
 *
 * <p>The lines hold confirmed history in the relay's order, then a tail of our own lines waiting
 * for their echo, like the bottom of a Signal chat. A line the relay refused leaves the tail for
 * its place in the history, marked failed. When an echo arrives the
 * pending line leaves the tail and the confirmed message joins the history in its {@code seq}
 * place, so both sides of a conversation end up with the same order. New lines are staged during
 * a batch and added with one {@code addAll} in {@link #flush}, so a flood costs one list change.
 */
public final class Conversation {

    private final ConversationKind kind;
    private final ZoneId zone;
    private final StringProperty name = new SimpleStringProperty();
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> members = FXCollections.observableArrayList();
    private final ObservableList<ChatLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<String> membersView = FXCollections.unmodifiableObservableList(members);
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final BooleanProperty mentioned = new SimpleBooleanProperty();
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final ObjectProperty<List<String>> typing = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Online> online = new SimpleObjectProperty<>(Online.UNKNOWN);
    private final List<ChatLine> staged = new ArrayList<>();
    private final Map<String, Instant> typers = new LinkedHashMap<>();
    private int unsent;
    private Long lastSeq;
    private Instant lastSeqTs;
    private LocalDate lastDate;

    Conversation(ConversationKind kind, String name, ZoneId zone) {
        this.kind = kind;
        this.zone = zone;
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
        return linesView;
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

    void markRead() {
        unread.set(0);
        mentioned.set(false);
    }

    void countUnread(boolean mention) {
        unread.set(unread.get() + 1);
        if (mention) {
            mentioned.set(true);
        }
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

    /** Adds to the confirmed history at the next {@link #flush}, after a day separator when the date changed. */
    void stage(ChatLine line) {
        Instant ts = timeOf(line);
        if (ts != null) {
            LocalDate date = LocalDate.ofInstant(ts, zone);
            if (!date.equals(lastDate)) {
                lastDate = date;
                staged.add(new ChatLine.DaySeparator(date));
            }
        }
        staged.add(line);
    }

    void flush() {
        if (!staged.isEmpty()) {
            lines.addAll(lines.size() - unsent, staged);
            staged.clear();
        }
    }

    /** Our own line waiting for its echo, shown at the bottom. */
    void addUnsent(ChatLine.MessageLine line) {
        flush();
        lines.add(line);
        unsent++;
    }

    /**
     * The relay refused our pending line: it leaves the tail and stays in the history where it
     * was written, among the lines of its time, marked failed, until the user retries, edits or
     * dismisses it. Newer messages go below it, as they would below any other line.
     *
     * @return whether a pending line had that id
     */
    boolean failUnsent(String clientId, String reason) {
        flush();
        int index = unsentIndex(clientId);
        if (index < 0) {
            return false;
        }
        ChatLine.MessageLine line = (ChatLine.MessageLine) lines.remove(index);
        unsent--;
        lines.add(placeInHistory(line.ts()), line.failed(reason));
        return true;
    }

    /** Our failed line with {@code clientId}, wherever it is in the history, or null. */
    ChatLine.MessageLine failedLine(String clientId) {
        int index = failedIndex(clientId);
        return index < 0 ? null : (ChatLine.MessageLine) lines.get(index);
    }

    /** A failed line was sent again: it goes back to the pending tail as {@code resent}. */
    void resendFailed(String clientId, ChatLine.MessageLine resent) {
        if (removeFailed(clientId)) {
            addUnsent(resent);
        }
    }

    /** The user dismissed (or took back to edit) a failed line. */
    boolean removeFailed(String clientId) {
        int index = failedIndex(clientId);
        if (index < 0) {
            return false;
        }
        lines.remove(index);
        return true;
    }

    /** After the last history line not newer than {@code ts}: day separators stay with the day they start. */
    private int placeInHistory(Instant ts) {
        int at = lines.size() - unsent;
        while (at > 0) {
            Instant before = timeOf(lines.get(at - 1));
            if (before != null && !before.isAfter(ts)) {
                break;
            }
            at--;
        }
        return at;
    }

    private int failedIndex(String clientId) {
        for (int i = lines.size() - unsent - 1; i >= 0; i--) {
            if (lines.get(i) instanceof ChatLine.MessageLine m && m.delivery() == Delivery.FAILED
                    && clientId.equals(m.clientId())) {
                return i;
            }
        }
        return -1;
    }

    private static Instant timeOf(ChatLine line) {
        return switch (line) {
            case ChatLine.MessageLine m -> m.ts();
            case ChatLine.SystemLine s -> s.ts();
            case ChatLine.DaySeparator d -> null;
        };
    }

    /** The echo came: the line leaves the tail (the confirmed copy is staged by the caller). */
    boolean removeUnsent(String clientId) {
        int index = unsentIndex(clientId);
        if (index < 0) {
            return false;
        }
        lines.remove(index);
        unsent--;
        return true;
    }

    private int unsentIndex(String clientId) {
        for (int i = lines.size() - 1; i >= lines.size() - unsent; i--) {
            if (lines.get(i) instanceof ChatLine.MessageLine m && clientId.equals(m.clientId())) {
                return i;
            }
        }
        return -1;
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
        return "Conversation[" + kind + " " + name.get() + ", " + lines.size() + " lines]";
    }
}
