package dev.hearth.client.chat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The line above the message box while it answers a message ("Replying to bob: …") or changes one
 * of ours ("Editing your message"), with a button that ends the mode, as Esc does. FX thread.
 */
final class ComposeBar {

    private ComposeBar() {}

    static void bind(HBox bar, Label words, Button cancel, ChatViewModel chat) {
        MessageActions actions = chat.messageActions();
        Runnable update = () -> {
            ChatLine.MessageLine to = actions.replyingToProperty().get();
            boolean editing = actions.editingProperty().get() != null;
            words.setText(editing ? chat.text().format("compose.editing")
                    : to == null ? "" : chat.text().format("compose.replying", to.from(), to.text().lines().findFirst().orElse("")));
            bar.setVisible(editing || to != null);
            bar.setManaged(bar.isVisible());
        };
        actions.replyingToProperty().subscribe(x -> update.run());
        actions.editingProperty().subscribe(x -> update.run());
        cancel.setText(chat.text().format("compose.cancel"));
        cancel.setOnAction(e -> actions.cancel());
    }
}
