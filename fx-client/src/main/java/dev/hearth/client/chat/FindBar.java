package dev.hearth.client.chat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The find bar over the conversation (Ctrl+F): Enter searches, Enter again steps to the next
 * older hit, Shift+Enter to the newer one, Esc closes it. FX thread.
 */
final class FindBar {

    private final HBox bar;
    private final TextField field;
    private final ConversationSearch search;
    private String searched = "";

    FindBar(HBox bar, TextField field, Label status, Button older, Button newer, Button close, ChatViewModel chat) {
        this.bar = bar;
        this.field = field;
        this.search = chat.search();
        ChatText text = chat.text();
        field.setPromptText(text.format("search.prompt"));
        older.setText("↑ " + text.format("search.older"));
        newer.setText("↓ " + text.format("search.newer"));
        close.setText(text.format("search.close"));
        status.textProperty().bind(search.statusProperty());
        older.setOnAction(e -> search.previous());
        newer.setOnAction(e -> search.next());
        close.setOnAction(e -> hide());
        field.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                if (key.isShiftDown()) {
                    search.next();
                } else if (field.getText().equals(searched)) {
                    search.previous();
                } else {
                    searched = field.getText();
                    search.find(searched);
                }
            } else if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                hide();
            }
        });
        chat.selectedProperty().addListener((obs, was, now) -> searched = "");
        show(false);
    }

    void open() {
        show(true);
        field.requestFocus();
        field.selectAll();
    }

    private void hide() {
        search.clear();
        searched = "";
        show(false);
    }

    private void show(boolean on) {
        bar.setVisible(on);
        bar.setManaged(on);
    }
}
