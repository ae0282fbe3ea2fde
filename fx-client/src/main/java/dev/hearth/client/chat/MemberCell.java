package dev.hearth.client.chat;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/** A room member with a presence dot; double-click or the context menu opens a DM. FX thread. */
final class MemberCell extends ListCell<String> {

    private final Label nick = new Label();
    private final HBox row;

    MemberCell(ChatText text, Consumer<String> openDirect) {
        getStyleClass().add("member-cell");
        Circle dot = new Circle(4);
        dot.getStyleClass().add("presence-dot");
        row = new HBox(6, dot, nick);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        MenuItem message = new MenuItem(text.format("member.message"));
        message.setOnAction(e -> openDirect.accept(getItem()));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                openDirect.accept(getItem());
            }
        });
        ContextMenu menu = new ContextMenu(message);
        emptyProperty().addListener((obs, was, empty) -> setContextMenu(empty ? null : menu));
    }

    @Override
    protected void updateItem(String member, boolean empty) {
        super.updateItem(member, empty);
        if (empty || member == null) {
            setGraphic(null);
            return;
        }
        nick.setText(member);
        nick.getStyleClass().setAll("label", "nick", NickColors.styleClass(member));
        setGraphic(row);
    }
}
