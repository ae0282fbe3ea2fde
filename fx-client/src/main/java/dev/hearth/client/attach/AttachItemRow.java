package dev.hearth.client.attach;

import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.files.Thumbnail;
import dev.hearth.client.i18n.I18n;
import java.io.ByteArrayInputStream;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * How one file looks in the attach dialog: a spinner while it is prepared, then its picture (the
 * thumbnail that will be sent) or a file card (its type, name and size), what was removed from it
 * (or that a picture goes with its details) and why it cannot be sent. A single file shows its picture large above its name; several are
 * rows with a small picture and a button to leave each out. Follows the item; FX thread.
 */
final class AttachItemRow {

    /** The largest a thumbnail is drawn: its own size, never enlarged. */
    private static final double LARGE = 320;
    private static final double SMALL = 64;

    private AttachItemRow() {}

    static Node of(AttachItem item, boolean alone, ResourceBundle bundle, Runnable remove) {
        double side = alone ? LARGE : SMALL;
        StackPane preview = new StackPane();
        preview.getStyleClass().add("attach-preview");
        Label name = label(item.name(), "file-name");
        Label size = label("", "file-size");
        size.textProperty().bind(item.sizeProperty());
        Label note = label("", "metadata-note");
        note.textProperty().bind(item.noteProperty());
        Label caution = label("", "metadata-caution");
        caution.textProperty().bind(item.cautionProperty());
        Label problem = label("", "file-problem");
        problem.textProperty().bind(item.problemProperty());
        for (Label shown : new Label[] {size, note, caution, problem}) {
            shown.visibleProperty().bind(shown.textProperty().isNotEmpty());
            shown.managedProperty().bind(shown.visibleProperty());
        }
        item.stateProperty().subscribe(state -> preview.getChildren().setAll(previewOf(item, side, bundle)));
        VBox words = new VBox(2, name, size, note, caution, problem);
        Pane row;
        if (alone) {
            words.setAlignment(Pos.CENTER);
            row = new VBox(8, preview, words);
            ((VBox) row).setAlignment(Pos.CENTER);
        } else {
            HBox.setHgrow(words, Priority.ALWAYS);
            words.setMaxWidth(Double.MAX_VALUE);
            Button leaveOut = new Button("✕");
            leaveOut.getStyleClass().addAll("remove-button", "flat");
            leaveOut.setTooltip(new Tooltip(bundle.getString("remove.tooltip")));
            leaveOut.setAccessibleText(I18n.format(bundle, "remove.accessible", item.name()));
            leaveOut.setOnAction(e -> remove.run());
            row = new HBox(12, preview, words, leaveOut);
            ((HBox) row).setAlignment(Pos.CENTER_LEFT);
        }
        row.getStyleClass().add("attach-item");
        return row;
    }

    private static Node previewOf(AttachItem item, double side, ResourceBundle bundle) {
        if (item.stateProperty().get() == AttachItem.State.PREPARING) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(32, 32);
            return frame(spinner, Math.min(side, 96), Math.min(side, 96));
        }
        PreparedFile prepared = item.preparedProperty().get();
        Thumbnail thumbnail = prepared == null ? null : prepared.picture();
        if (thumbnail != null) {
            ImageView picture = new ImageView(new Image(new ByteArrayInputStream(thumbnail.bytes())));
            picture.getStyleClass().add("attach-thumbnail");
            picture.setPreserveRatio(true);
            picture.setFitWidth(Math.min(side, thumbnail.width()));
            picture.setFitHeight(Math.min(side, thumbnail.height()));
            picture.setAccessibleText(I18n.format(bundle, "picture.accessible", item.name()));
            return picture;
        }
        Label type = new Label(item.extension());
        StackPane card = frame(type, 44, 56);
        card.getStyleClass().setAll("file-icon");
        return card;
    }

    private static StackPane frame(Node content, double width, double height) {
        StackPane frame = new StackPane(content);
        frame.getStyleClass().add("attach-thumbnail-frame");
        frame.setMinSize(width, height);
        frame.setPrefSize(width, height);
        frame.setMaxSize(width, height);
        return frame;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
