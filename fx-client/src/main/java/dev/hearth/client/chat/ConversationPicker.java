package dev.hearth.client.chat;

import javafx.scene.control.ListView;

/** The sidebar's list of conversations and the open one kept in step, both ways. FX thread. */
final class ConversationPicker {

    private ConversationPicker() {
    }

    static void bind(ListView<Conversation> list, ChatViewModel chat) {
        list.setItems(chat.conversations());
        list.setCellFactory(view -> new ConversationCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chat.select(now);
            }
        });
        chat.selectedProperty().subscribe(conversation -> list.getSelectionModel().select(conversation));
        list.setOnContextMenuRequested(e -> {
            Conversation chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && chat.history().keepsHistory()) {
                ForgetMenu.of(chosen, chat, list).show(list, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }
}
