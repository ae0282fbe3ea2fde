package dev.hearth.client.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines of one conversation, in the order the user reads them. FX thread only.
 *
 * <p>Confirmed history in the relay's order, then a tail of our own lines waiting for their
 * echo, like the bottom of a Signal chat. When an echo arrives the pending line leaves the tail
 * and the confirmed message joins the history in its {@code seq} place, so both sides of a
 * conversation end up with the same order. A line the relay refused leaves the tail for its
 * place in the history, marked failed. New lines are staged during a batch and added with one
 * {@code addAll} in {@link #flush}, so a flood costs one list change.
 */
final class ConversationLines {

    private static final Duration CLOCKS_MAY_DIFFER = Duration.ofSeconds(2);

    private final ZoneId zone;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ChatLine> view = FXCollections.unmodifiableObservableList(lines);
    private final List<ChatLine> staged = new ArrayList<>();
    private final java.util.Set<String> mids = new java.util.HashSet<>();
    private int unsent;
    private LocalDate lastDate;

    ConversationLines(ZoneId zone) {
        this.zone = zone;
    }

    ObservableList<ChatLine> view() {
        return view;
    }

    /**
     * Adds to the confirmed history at the next {@link #flush}, after a day separator when the
     * date changed. A message older than the client's own lines at the end of the history (a
     * room's backlog after "You joined", what was missed after "Reconnected") goes before them
     * at once: the history reads in time order.
     */
    void stage(ChatLine line) {
        noteMid(line);
        if (line instanceof ChatLine.MessageLine message && olderThanTrailingSystemLine(message.ts())) {
            flush();
            insertBeforeNewerSystemLines(message);
            return;
        }
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

    private boolean olderThanTrailingSystemLine(Instant ts) {
        ChatLine last = !staged.isEmpty() ? staged.getLast()
                : lines.size() > unsent ? lines.get(lines.size() - unsent - 1) : null;
        return newerLocalLine(last, ts);
    }

    /**
     * Whether {@code line} is the client's own, stamped clearly after {@code ts}. The message's
     * time is the relay's and the line's this computer's; within {@link #CLOCKS_MAY_DIFFER} the
     * arrival order stands, so clocks a little apart never shuffle a live conversation.
     */
    private static boolean newerLocalLine(ChatLine line, Instant ts) {
        return line instanceof ChatLine.SystemLine system && system.local()
                && system.ts().minus(CLOCKS_MAY_DIFFER).isAfter(ts);
    }

    private void insertBeforeNewerSystemLines(ChatLine.MessageLine message) {
        LocalDate date = LocalDate.ofInstant(message.ts(), zone);
        int at = lines.size() - unsent;
        while (at > 0) {
            ChatLine before = lines.get(at - 1);
            boolean newer = newerLocalLine(before, message.ts())
                    || before instanceof ChatLine.DaySeparator separator && separator.date().isAfter(date);
            if (!newer) {
                break;
            }
            at--;
        }
        insertDated(at, message);
    }

    /** Inserts {@code message} at {@code at}, after its day's separator, adding one when the line before is another day. */
    private void insertDated(int at, ChatLine.MessageLine message) {
        noteMid(message);
        LocalDate date = LocalDate.ofInstant(message.ts(), zone);
        boolean dayShown = at > 0 && switch (lines.get(at - 1)) {
            case ChatLine.DaySeparator separator -> separator.date().equals(date);
            case ChatLine.MessageLine m -> LocalDate.ofInstant(m.ts(), zone).equals(date);
            case ChatLine.SystemLine s -> LocalDate.ofInstant(s.ts(), zone).equals(date);
        };
        if (dayShown) {
            lines.add(at, message);
        } else {
            lines.addAll(at, List.of(new ChatLine.DaySeparator(date), message));
        }
        if (lastDate == null || date.isAfter(lastDate)) {
            lastDate = date; // the next line of the same day needs no separator of its own
        }
    }

    private void noteMid(ChatLine line) {
        if (line instanceof ChatLine.MessageLine m && m.mid() != null) {
            mids.add(m.mid());
        }
    }

    /** Whether a message with this relay id is among the lines. */
    boolean shows(String mid) {
        return mids.contains(mid);
    }

    /** The message with relay id {@code mid}, if shown. */
    java.util.Optional<ChatLine.MessageLine> find(String mid) {
        if (!mids.contains(mid)) {
            return java.util.Optional.empty();
        }
        // No flush: cells ask this while they are drawn, and a list change then would draw them again.
        for (List<ChatLine> where : List.of(staged, lines)) {
            for (int i = where.size() - 1; i >= 0; i--) {
                if (where.get(i) instanceof ChatLine.MessageLine m && mid.equals(m.mid())) {
                    return java.util.Optional.of(m);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Draws the replies to {@code mid} again: the original they quote has come in from the store. */
    void redrawRepliesTo(String mid) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof ChatLine.MessageLine m && mid.equals(m.reply())) {
                lines.set(i, m.changed(m.text(), m.changes())); // an equal copy: a new item, so its cell is drawn anew
            }
        }
    }

    /**
     * Replaces the message {@code mid} by what {@code how} makes of it, where it stands.
     *
     * @return whether the message is here
     */
    boolean change(String mid, java.util.function.UnaryOperator<ChatLine.MessageLine> how) {
        if (!mids.contains(mid)) {
            return false;
        }
        flush();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i) instanceof ChatLine.MessageLine m && mid.equals(m.mid())) {
                lines.set(i, how.apply(m));
                return true;
            }
        }
        return false;
    }

    /**
     * Older history from this computer, oldest first, goes above everything shown (with its day
     * separators); a message already shown is not shown twice.
     */
    void prepend(List<ChatLine.MessageLine> older) {
        List<ChatLine> top = new ArrayList<>();
        LocalDate day = null;
        for (ChatLine.MessageLine message : older) {
            if (message.mid() != null && !mids.add(message.mid())) {
                continue;
            }
            LocalDate date = LocalDate.ofInstant(message.ts(), zone);
            if (!date.equals(day)) {
                day = date;
                top.add(new ChatLine.DaySeparator(date));
            }
            top.add(message);
        }
        if (top.isEmpty()) {
            return;
        }
        flush();
        if (!lines.isEmpty() && lines.getFirst() instanceof ChatLine.DaySeparator first && first.date().equals(day)) {
            lines.removeFirst(); // the day continues from the older lines into those shown
        }
        lines.addAll(0, top);
        if (lastDate == null) {
            lastDate = day;
        }
    }

    /** Forgotten: every line goes but our own still on their way (those are not history yet). */
    void forgetShown() {
        flush();
        List<ChatLine> tail = new ArrayList<>(lines.subList(lines.size() - unsent, lines.size()));
        mids.clear();
        lastDate = null;
        lines.setAll(tail);
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
        insertDated(placeInHistory(line.ts()), line.failed(reason));
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

}
