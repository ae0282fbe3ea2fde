package dev.hearth.client.chat;

import dev.hearth.client.history.SearchHit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Ctrl+Shift+F: a window searching everything kept for this relay and nick. Enter searches; a
 * hit (double-click, or Enter in the list) opens its conversation at the message. FX thread.
 */
final class SearchEverywhere {

    private SearchEverywhere() {}

    static Stage open(Window owner, ChatViewModel chat, ZoneId zone) {
        ChatText text = chat.text();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(text.bundle().getLocale());
        TextField query = new TextField();
        query.setPromptText(text.format("search.everywhere.prompt"));
        query.setId("searchEverywhereField");
        Label status = new Label();
        status.getStyleClass().add("text-muted");
        ListView<SearchHit> hits = new ListView<>();
        hits.setId("searchEverywhereHits");
        VBox.setVgrow(hits, Priority.ALWAYS);
        hits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setText(null);
                    return;
                }
                var m = hit.line().message();
                String where = hit.conversation().kind() == dev.hearth.client.history.ConversationRef.Kind.ROOM
                        ? "#" + hit.conversation().name() : hit.conversation().name();
                setText(where + " · " + when.format(m.ts().atZone(zone)) + " · " + m.from() + ": "
                        + m.text().lines().findFirst().orElse(""));
            }
        });
        Stage window = new Stage();
        Runnable openChosen = () -> {
            SearchHit chosen = hits.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                window.close();
                chat.history().open(chosen);
            }
        };
        query.setOnAction(e -> chat.history().searchEverything(query.getText(), found -> {
            hits.getItems().setAll(found);
            status.setText(found.isEmpty() ? text.format(chat.history().keepsHistory() ? "search.everywhere.none" : "search.everywhere.off") : "");
            if (!found.isEmpty()) {
                hits.getSelectionModel().select(0);
            }
        }));
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openChosen.run();
            }
        });
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen.run();
            }
        });
        VBox root = new VBox(8, query, status, hits);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("search-everywhere");
        Scene scene = dev.hearth.client.theme.ThemeManager.style(new Scene(root, 640, 420));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                window.close();
            }
        });
        window.setScene(scene);
        window.setTitle(text.format("search.everywhere.title"));
        window.initOwner(owner);
        window.show();
        query.requestFocus();
        return window;
    }
}
