package dev.hearth.client.chat;

import dev.hearth.client.emoji.EmojiCatalogue;
import dev.hearth.client.emoji.EmojiPack;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The reaction picker: the frequent emoji in a row, then a search field over every emoji by its
 * Unicode name, with the matches below. Picking one closes it; so do Esc and a click elsewhere.
 * FX thread.
 */
final class EmojiPicker {

    /** Matches drawn at once: enough to scroll through, few enough to open without a pause. */
    private static final int SHOWN = 240;
    private static EmojiCatalogue catalogue;

    private EmojiPicker() {}

    static void show(Node anchor, String searchPrompt, Consumer<String> picked) {
        if (catalogue == null) {
            catalogue = EmojiCatalogue.of(EmojiPack.bundled().index());
        }
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        Consumer<String> pick = emoji -> {
            popup.hide();
            picked.accept(emoji);
        };
        HBox frequent = new HBox(2);
        EmojiCatalogue.FREQUENT.forEach(e -> frequent.getChildren().add(button(e, pick)));
        TextField search = new TextField();
        search.setPromptText(searchPrompt);
        search.getStyleClass().add("emoji-search");
        FlowPane found = new FlowPane(2, 2);
        found.setPrefWrapLength(300);
        ScrollPane scroll = new ScrollPane(found);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(180);
        scroll.setPrefViewportWidth(300);
        search.textProperty().subscribe(query -> fill(found, catalogue.search(query), pick));
        search.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && !found.getChildren().isEmpty()) {
                pick.accept((String) found.getChildren().getFirst().getUserData());
            }
        });
        VBox box = new VBox(6, frequent, search, scroll);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("emoji-picker");
        popup.getContent().add(box);
        var at = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, at.getMinX(), at.getMaxY());
        search.requestFocus();
    }

    private static void fill(FlowPane found, List<EmojiCatalogue.Entry> entries, Consumer<String> pick) {
        found.getChildren().setAll(entries.stream().limit(SHOWN).map(e -> {
            Button button = button(e.emoji(), pick);
            button.setTooltip(new javafx.scene.control.Tooltip(e.name()));
            return button;
        }).toList());
    }

    private static Button button(String emoji, Consumer<String> pick) {
        Button button = EmojiButtons.of(emoji, null);
        button.getStyleClass().addAll("flat", "emoji-choice");
        button.setOnAction(e -> pick.accept(emoji));
        return button;
    }
}
