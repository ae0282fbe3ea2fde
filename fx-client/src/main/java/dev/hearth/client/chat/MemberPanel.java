package dev.hearth.client.chat;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * The members of the open room, beside its lines. A direct conversation has none to show, and a
 * narrow window gives its width to the conversation instead. FX thread.
 */
final class MemberPanel {

    private static final double WIDE_ENOUGH_FOR_MEMBERS = 900;

    private MemberPanel() {
    }

    static void bind(Region pane, ListView<String> members, ChatViewModel chat) {
        BooleanExpression wideEnough = BooleanExpression.booleanExpression(pane.sceneProperty()
                .flatMap(scene -> scene.widthProperty()).map(width -> width.doubleValue() >= WIDE_ENOUGH_FOR_MEMBERS)
                .orElse(true));
        pane.visibleProperty().bind(chat.open().roomProperty().and(wideEnough));
        pane.managedProperty().bind(pane.visibleProperty());
        members.setCellFactory(list -> new MemberCell(chat.text(), chat::openDirect));
        chat.selectedProperty().subscribe(conversation -> members.setItems(
                conversation != null && conversation.kind() == ConversationKind.ROOM ? conversation.members() : null));
    }
}
