package dev.hearth.client.chat;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The conversation list's menu: forget one conversation's history on this computer, or
 * everything kept for this relay. Both ask first; neither touches the relay, which keeps
 * nothing anyway. FX thread.
 */
final class ForgetMenu {

    private ForgetMenu() {}

    static ContextMenu of(Conversation conversation, ChatViewModel chat, Node owner) {
        ChatText text = chat.text();
        MenuItem one = new MenuItem(text.format("forget.conversation"));
        one.getStyleClass().add("forget-conversation");
        one.setOnAction(e -> {
            if (confirmed(owner, text, text.format("forget.conversation.question", conversation.name()))) {
                chat.history().forget(conversation);
            }
        });
        MenuItem all = new MenuItem(text.format("forget.relay"));
        all.getStyleClass().add("forget-relay");
        all.setOnAction(e -> {
            if (confirmed(owner, text, text.format("forget.relay.question"))) {
                chat.history().forgetRelay();
            }
        });
        return new ContextMenu(one, all);
    }

    private static boolean confirmed(Node owner, ChatText text, String question) {
        ButtonType forget = new ButtonType(text.format("forget.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text.format("forget.detail"), forget, ButtonType.CANCEL);
        ask.setHeaderText(question);
        if (owner.getScene() != null) {
            ask.initOwner(owner.getScene().getWindow());
        }
        ask.getDialogPane().getStyleClass().add("forget-dialog");
        return ask.showAndWait().filter(forget::equals).isPresent();
    }
}
