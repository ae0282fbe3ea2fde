package dev.hearth.client.chat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;

/**
 * The bar above the open conversation: its title, members or presence, and Mute and Leave,
 * which show only where they mean something. Bound once; it follows the open conversation by
 * itself. FX thread.
 */
final class ConversationHeader {

    private ConversationHeader() {
    }

    static void bind(Label title, Label detail, ToggleButton mute, Button leave, ChatViewModel chat) {
        OpenConversation open = chat.open();
        title.textProperty().bind(open.titleProperty());
        detail.textProperty().bind(open.detailProperty());
        leave.textProperty().bind(open.leaveLabelProperty());
        leave.visibleProperty().bind(open.openProperty());
        leave.managedProperty().bind(leave.visibleProperty());
        leave.setOnAction(e -> chat.leaveSelected());
        mute.textProperty().bind(open.muteLabelProperty());
        mute.visibleProperty().bind(open.roomProperty());
        mute.managedProperty().bind(mute.visibleProperty());
        open.mutedProperty().subscribe(mute::setSelected);
        mute.setOnAction(e -> chat.submit("/mute " + (mute.isSelected() ? "on" : "off")));
    }
}
