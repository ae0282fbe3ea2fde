package dev.hearth.client.chat;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A sidebar entry: {@code #room} or a person, with an unread badge that turns red on a mention. FX thread. */
final class ConversationCell extends ListCell<Conversation> {

    private static final PseudoClass MENTIONED = PseudoClass.getPseudoClass("mentioned");
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

    private final Label name = new Label();
    private final Label badge = new Label();
    private final HBox row;
    private final javafx.beans.InvalidationListener stateListener = obs -> refreshState();
    private Conversation watched;

    ConversationCell() {
        getStyleClass().add("conversation-cell");
        name.getStyleClass().add("conversation-name");
        badge.getStyleClass().add("badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row = new HBox(6, name, spacer, badge);
    }

    @Override
    protected void updateItem(Conversation conversation, boolean empty) {
        super.updateItem(conversation, empty);
        name.textProperty().unbind();
        badge.textProperty().unbind();
        badge.visibleProperty().unbind();
        if (watched != null) {
            watched.unreadProperty().removeListener(stateListener);
            watched.mentionedProperty().removeListener(stateListener);
            watched = null;
        }
        if (empty || conversation == null) {
            setGraphic(null);
            pseudoClassStateChanged(MENTIONED, false);
            pseudoClassStateChanged(UNREAD, false);
            return;
        }
        String prefix = conversation.kind() == ConversationKind.ROOM ? "#" : "@ ";
        name.textProperty().bind(Bindings.concat(prefix, conversation.nameProperty()));
        badge.textProperty().bind(conversation.unreadProperty().asString());
        badge.visibleProperty().bind(conversation.unreadProperty().greaterThan(0));
        watched = conversation;
        conversation.unreadProperty().addListener(stateListener);
        conversation.mentionedProperty().addListener(stateListener);
        refreshState();
        setGraphic(row);
    }

    private void refreshState() {
        if (watched != null) {
            pseudoClassStateChanged(MENTIONED, watched.mentionedProperty().get());
            pseudoClassStateChanged(UNREAD, watched.unreadProperty().get() > 0);
        }
    }
}
