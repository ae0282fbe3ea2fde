package dev.hearth.client.chat;

import dev.hearth.client.emoji.EmojiCatalogue;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * A message's menu, from a right-click or the menu key on the selected line: Reply, React, Copy
 * (and Copy link on a link), Edit and Delete for our own; each only when the relay offers it.
 * Delete asks first: it is for everyone and cannot be undone. FX thread.
 */
final class MessageMenu {

    private MessageMenu() {}

    /**
     * @param copyText what Copy copies (the selection, else the whole text)
     * @param link     the link under the pointer, or null
     * @param anchor   where the reaction picker opens
     */
    static ContextMenu of(ChatLine line, String copyText, String link, Node anchor, ChatText text, LineActions actions) {
        List<MenuItem> items = new ArrayList<>();
        MessageActions message = actions.message();
        ChatLine.MessageLine m = line instanceof ChatLine.MessageLine ml ? ml : null;
        if (m != null && message.canReply(m)) {
            items.add(item(text.format("menu.reply"), "reply", () -> {
                message.reply(m);
                actions.focusInput().run();
            }));
        }
        if (m != null && message.canReact(m)) {
            Menu react = new Menu(text.format("menu.react"));
            react.getStyleClass().add("react");
            for (String emoji : EmojiCatalogue.FREQUENT) {
                react.getItems().add(item(emoji, "react-choice", () -> message.toggleReaction(m, emoji)));
            }
            react.getItems().add(item(text.format("menu.react.more"), "react-more",
                    () -> EmojiPicker.show(anchor, text.format("emoji.search"), emoji -> message.toggleReaction(m, emoji))));
            items.add(react);
        }
        if (copyText != null) {
            items.add(item(text.format("line.copy"), "copy", () -> actions.copy().accept(copyText)));
        }
        if (link != null) {
            items.add(item(text.format("line.copy.link"), "copy-link", () -> actions.copy().accept(link)));
        }
        if (m != null && (message.canEdit(m) || message.canDelete(m))) {
            items.add(new SeparatorMenuItem());
        }
        if (m != null && message.canEdit(m)) {
            items.add(item(text.format("menu.edit"), "edit-message", () -> {
                message.edit(m);
                actions.focusInput().run();
            }));
        }
        if (m != null && message.canDelete(m)) {
            items.add(item(text.format("menu.delete"), "delete-message", () -> {
                if (confirmDelete(anchor, text)) {
                    message.delete(m);
                }
            }));
        }
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    private static boolean confirmDelete(Node anchor, ChatText text) {
        ButtonType delete = new ButtonType(text.format("delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text.format("delete.detail"), delete, ButtonType.CANCEL);
        ask.setHeaderText(text.format("delete.question"));
        if (anchor.getScene() != null) {
            ask.initOwner(anchor.getScene().getWindow());
        }
        ask.getDialogPane().getStyleClass().add("delete-message-dialog");
        return ask.showAndWait().filter(delete::equals).isPresent();
    }

    private static MenuItem item(String label, String styleClass, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.getStyleClass().add(styleClass);
        item.setOnAction(e -> action.run());
        return item;
    }
}
