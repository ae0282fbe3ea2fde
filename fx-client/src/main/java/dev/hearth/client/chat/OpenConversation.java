package dev.hearth.client.chat;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The words around the open conversation, ready to bind: its title, the line beside it
 * (members, or whether the other person is online), who is typing, the input's prompt, the
 * labels of Mute and Leave. Follows the selection, so the view binds once and never rebinds.
 * FX thread.
 */
public final class OpenConversation {

    private final ChatText text;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leaveLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper muteLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper room = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper();

    OpenConversation(ObservableValue<Conversation> selected, ChatText text) {
        this.text = text;
        selected.subscribe(this::show);
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** "3 members", "● online", "offline" or nothing. */
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty typingProperty() { return typing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }
    /** "Leave" for a room, "Close" for a direct conversation. */
    public ReadOnlyStringProperty leaveLabelProperty() { return leaveLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty muteLabelProperty() { return muteLabel.getReadOnlyProperty(); }
    /** Whether a conversation is open at all. */
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    /** Whether the open conversation is a room (it has members, it can be muted). */
    public ReadOnlyBooleanProperty roomProperty() { return room.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mutedProperty() { return muted.getReadOnlyProperty(); }

    private void show(Conversation conversation) {
        for (ReadOnlyStringWrapper words : List.of(title, detail, typing, prompt, muteLabel)) {
            words.unbind();
        }
        muted.unbind();
        open.set(conversation != null);
        boolean isRoom = conversation != null && conversation.kind() == ConversationKind.ROOM;
        room.set(isRoom);
        if (conversation == null) {
            title.set("");
            detail.set("");
            typing.set("");
            muted.set(false);
            muteLabel.set("");
            leaveLabel.set("");
            prompt.set(text.format("input.prompt.none"));
            return;
        }
        leaveLabel.set(text.format(isRoom ? "leave.button" : "close.button"));
        title.bind(conversation.nameProperty().map(name -> isRoom ? "#" + name : name));
        detail.bind(isRoom
                ? Bindings.size(conversation.members()).map(n -> text.format("members.count", n))
                : conversation.onlineProperty().map(online -> online == Online.UNKNOWN ? "" : text.format("partner." + online.name())));
        typing.bind(conversation.typingProperty().map(this::typingText));
        muted.bind(conversation.mutedProperty());
        muteLabel.bind(conversation.mutedProperty().map(on -> text.format(on ? "unmute.button" : "mute.button")));
        prompt.bind(isRoom ? conversation.nameProperty().map(name -> text.format("input.prompt.room", name))
                : conversation.onlineProperty().map(online -> text.format(online == Online.OFFLINE
                        ? "input.prompt.offline" : "input.prompt.direct", conversation.name())));
    }

    private String typingText(List<String> nicks) {
        if (nicks == null || nicks.isEmpty()) {
            return "";
        }
        return switch (nicks.size()) {
            case 1 -> text.format("typing.one", nicks.get(0));
            case 2 -> text.format("typing.two", nicks.get(0), nicks.get(1));
            default -> text.format("typing.many");
        };
    }
}
