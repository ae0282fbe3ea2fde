package dev.hearth.client.chat;

import dev.hearth.client.net.RelayLink;
import dev.hearth.protocol.Features;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user can do to a message (protocol 1.1): reply to it, react to it, edit or delete one
 * of their own. A reply or an edit is a mode of the message box: {@link #replyingToProperty} and
 * {@link #editingProperty} say which, for the view to show above the box; the next
 * {@link #submitted} text goes as the reply or the new text. Each action is offered only when the
 * relay lists its feature. FX thread.
 */
public final class MessageActions {

    private final ChatState state;
    private final RelayLink link;
    private final Draft draft;
    private final ObjectProperty<ChatLine.MessageLine> replyingTo = new SimpleObjectProperty<>();
    private final ObjectProperty<ChatLine.MessageLine> editing = new SimpleObjectProperty<>();
    private String typedBefore = ""; // what the box held before an edit took it, given back on cancel

    MessageActions(ChatState state, RelayLink link, Draft draft) {
        this.state = state;
        this.link = link;
        this.draft = draft;
        state.selectedProperty().addListener((obs, was, now) -> cancel()); // a mode belongs to its conversation
    }

    /** The message the box is answering, or null. */
    public ReadOnlyObjectProperty<ChatLine.MessageLine> replyingToProperty() {
        return replyingTo;
    }

    /** Our message the box is changing, or null. */
    public ReadOnlyObjectProperty<ChatLine.MessageLine> editingProperty() {
        return editing;
    }

    public boolean canReply(ChatLine.MessageLine line) {
        return sent(line) && state.relay().offers(Features.REPLY);
    }

    public boolean canReact(ChatLine.MessageLine line) {
        return sent(line) && state.relay().offers(Features.REACT);
    }

    public boolean canEdit(ChatLine.MessageLine line) {
        return sent(line) && line.own() && state.relay().offers(Features.EDIT);
    }

    public boolean canDelete(ChatLine.MessageLine line) {
        return sent(line) && line.own() && state.relay().offers(Features.DELETE);
    }

    /** Confirmed, with a relay id, and not deleted: something the relay knows to act on. */
    private static boolean sent(ChatLine.MessageLine line) {
        return line.mid() != null && line.delivery() == Delivery.CONFIRMED && !line.deleted();
    }

    public void reply(ChatLine.MessageLine line) {
        if (canReply(line)) {
            editing.set(null);
            replyingTo.set(line);
        }
    }

    /** Puts our message in the box to be changed; what was typed comes back after (or on cancel). */
    public void edit(ChatLine.MessageLine line) {
        if (canEdit(line)) {
            replyingTo.set(null);
            if (editing.get() == null) {
                typedBefore = draft.typedProperty().get();
            }
            editing.set(line);
            draft.typedProperty().set(line.text());
        }
    }

    /** Up in an empty box: edit our newest message in the open conversation, if there is one to edit. */
    public boolean editLast() {
        Conversation open = state.selected();
        if (open == null) {
            return false;
        }
        for (int i = open.lines().size() - 1; i >= 0; i--) {
            if (open.lines().get(i) instanceof ChatLine.MessageLine m && canEdit(m)) {
                edit(m);
                return true;
            }
        }
        return false;
    }

    /** Esc, or the ✕ beside "Replying to…": back to writing a new message. */
    public void cancel() {
        if (editing.get() != null) {
            editing.set(null);
            draft.typedProperty().set(typedBefore);
        }
        replyingTo.set(null);
    }

    /** Turns our reaction {@code emoji} on {@code line} on when it is off, off when it is on. */
    public void toggleReaction(ChatLine.MessageLine line, String emoji) {
        if (canReact(line)) {
            boolean mine = line.changes().reactions().getOrDefault(emoji, java.util.List.of()).contains(state.ownNick());
            link.react(line.mid(), emoji, !mine);
        }
    }

    /** Deletes our message for everyone; the view has asked for confirmation. */
    public void delete(ChatLine.MessageLine line) {
        if (canDelete(line)) {
            link.delete(line.mid());
        }
    }

    /** The mid the next message answers, or null. */
    String replyMid() {
        ChatLine.MessageLine to = replyingTo.get();
        return to == null ? null : to.mid();
    }

    /**
     * Enter in edit mode: the new text goes to the relay, and shows when its {@code edited}
     * comes back. An unchanged text just ends the edit.
     */
    SubmitResult submitEdit(String text) {
        ChatLine.MessageLine line = editing.get();
        if (text.isBlank()) {
            return SubmitResult.KEEP_INPUT;
        }
        if (!text.equals(line.text())) {
            link.edit(line.mid(), text);
        }
        editing.set(null);
        typedBefore = "";
        return SubmitResult.DONE;
    }

    boolean editingNow() {
        return editing.get() != null;
    }

    /** A message went out: the reply it was is done. */
    void submitted() {
        replyingTo.set(null);
    }
}
