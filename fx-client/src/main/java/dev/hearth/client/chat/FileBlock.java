package dev.hearth.client.chat;

import dev.hearth.client.i18n.FileSize;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Draws the file a message carries (protocol 1.1): a picture shows its thumbnail at once and the
 * picture itself once fetched (pictures are fetched as they are shown), a click or Enter opening
 * it large; any other file shows a card with its type, name and size and "Save as…". Under
 * either, while it moves, a progress bar with its words; a failed fetch says why and offers Retry;
 * our own upload can be cancelled. Nothing is ever opened by another program. FX thread.
 */
final class FileBlock {
    /** The largest a picture is drawn in a conversation. */
    static final double PICTURE_WIDTH = 360;
    static final double PICTURE_HEIGHT = 280;

    /** What a file's block can do beyond drawing. */
    record Actions(MessageFiles files, PictureCache pictures, Consumer<ChatLine.Attachment> saveAs,
                   BiConsumer<ChatLine.Attachment, Path> openPicture) {}

    /** A drawn block, and how to stop it following its transfer once its cell shows something else. */
    record Drawn(Node node, Runnable dispose) {}

    private final ChatLine.MessageLine line;
    private final ChatLine.Attachment file;
    private final Actions actions;
    private final ChatText text;
    /** What this block's transfer is known by: our upload's request id until the relay names the file, then its blob. */
    private final String key;
    private final VBox box = new VBox(4);
    private final ProgressBar progress = new ProgressBar();
    private final Label progressWords = new Label();
    private final HBox moving = new HBox(8, progress, progressWords);
    private final Label problem = new Label();
    private final Button retry;
    private final HBox failed;
    private StackPane picture;
    private boolean showingFull;

    private FileBlock(ChatLine.MessageLine line, Actions actions, ChatText text) {
        this.line = line;
        this.file = line.file();
        this.actions = actions;
        this.text = text;
        this.key = file.blob() == null ? line.clientId() : file.blob();
        progress.setPrefWidth(160);
        progressWords.getStyleClass().add("state");
        moving.setAlignment(Pos.CENTER_LEFT);
        moving.getStyleClass().add("file-progress");
        problem.getStyleClass().addAll("state", "file-problem");
        problem.setWrapText(true);
        retry = small("line.retry", "retry");
        retry.setOnAction(e -> actions.files().fetch(file));
        failed = new HBox(8, problem, retry);
        failed.setAlignment(Pos.CENTER_LEFT);
    }

    /** The block for {@code line}, which carries a file. */
    static Drawn of(ChatLine.MessageLine line, Actions actions, ChatText text) {
        FileBlock block = new FileBlock(line, actions, text);
        return block.draw();
    }

    private Drawn draw() {
        box.getStyleClass().add("file-block");
        box.setPadding(new javafx.geometry.Insets(2, 0, 2, 52));
        box.getChildren().add(file.picture() ? picture() : card());
        MapChangeListener<String, FileTransfers.State> follow = change -> {
            if (key != null && key.equals(change.getKey())) {
                show(change.getValueAdded());
            }
        };
        actions.files().states().addListener(follow);
        show(key == null ? null : actions.files().states().get(key));
        if (file.picture() && file.blob() != null && line.delivery() == Delivery.CONFIRMED) {
            actions.files().fetch(file); // pictures come as they are shown, as in any messenger
        }
        return new Drawn(box, () -> actions.files().states().removeListener(follow));
    }

    /** The thumbnail, in the room the picture takes; the picture itself replaces it once here. */
    private Node picture() {
        picture = new StackPane();
        picture.getStyleClass().add("file-picture");
        Image thumbnail = actions.pictures().thumbnail(file);
        double[] size = shownSize(thumbnail);
        picture.setMinSize(size[0], size[1]);
        picture.setPrefSize(size[0], size[1]);
        picture.setMaxSize(size[0], size[1]);
        if (thumbnail != null) {
            ImageView view = new ImageView(thumbnail);
            view.setFitWidth(size[0]);
            view.setFitHeight(size[1]);
            view.setSmooth(true);
            picture.getChildren().add(view);
        }
        picture.setCursor(Cursor.HAND);
        picture.setFocusTraversable(true);
        picture.setAccessibleText(text.format("file.picture", file.name()));
        Tooltip.install(picture, new Tooltip(file.name() + " · " + size(file.size())));
        picture.setOnMouseClicked(e -> open());
        picture.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open();
                e.consume();
            }
        });
        return picture;
    }

    /** Type, name, size and Save as…; for our own upload under way, Cancel. */
    private Node card() {
        Label icon = new Label(iconOf(file.mime()));
        icon.getStyleClass().add("file-icon");
        Label name = new Label(file.name());
        name.getStyleClass().add("file-name");
        name.setMinWidth(0);
        Label detail = new Label(size(file.size()) + " · " + file.mime());
        detail.getStyleClass().add("state");
        VBox words = new VBox(1, name, detail);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox card = new HBox(10, icon, words);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("file-card");
        card.setMaxWidth(PICTURE_WIDTH + 60);
        if (file.blob() != null) {
            Button save = small("file.save", "save");
            save.setOnAction(e -> actions.saveAs().accept(file));
            card.getChildren().add(save);
        } else if (line.delivery() == Delivery.PENDING) {
            Button cancel = small("file.cancel", "cancel");
            cancel.setOnAction(e -> actions.files().cancelUpload(line.clientId()));
            card.getChildren().add(cancel);
        }
        return card;
    }

    private void open() {
        actions.files().local(file).ifPresentOrElse(path -> actions.openPicture().accept(file, path),
                () -> actions.files().fetch(file));
    }

    /** Draws what the transfer has come to: moving, done, failed, or nothing to say. */
    private void show(FileTransfers.State state) {
        box.getChildren().removeAll(moving, failed);
        switch (state) {
            case FileTransfers.State.Sending(long done, long size) -> {
                progress.setProgress(fraction(done, size));
                progressWords.setText(text.format("file.uploading", percent(done, size)));
                box.getChildren().add(moving);
            }
            case FileTransfers.State.Fetching(long done, long size) -> {
                if (!file.picture() || done > 0) {
                    progress.setProgress(fraction(done, size));
                    progressWords.setText(text.format("file.downloading", size(done), size(size)));
                    box.getChildren().add(moving);
                }
            }
            case FileTransfers.State.Fetched(Path path) -> showPicture(path);
            case FileTransfers.State.Failed(String code, String detail) when file.blob() != null -> {
                problem.setText(text.format("file.fetch.failed", words(code, detail)));
                box.getChildren().add(failed);
            }
            case FileTransfers.State.Failed failure -> { } // our upload: its line says why, with Retry
            case null -> { }
        }
    }

    private void showPicture(Path path) {
        if (picture == null || showingFull) {
            return;
        }
        double width = picture.getPrefWidth();
        double height = picture.getPrefHeight();
        // Read at twice the size shown, for high-density screens.
        PictureCache.Shown shown = actions.pictures().picture(file, path, width * 2, height * 2,
                ready -> drawFull(ready, width, height));
        if (shown != null) {
            drawFull(shown, width, height);
        }
    }

    private void drawFull(PictureCache.Shown shown, double width, double height) {
        if (showingFull) {
            return;
        }
        showingFull = true;
        ImageView view = new ImageView(shown.image());
        boolean swap = shown.orientation().swapsWidthAndHeight();
        view.setFitWidth(swap ? height : width);
        view.setFitHeight(swap ? width : height);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        picture.getChildren().setAll(Upright.of(view, shown.orientation()));
    }

    /** The room a picture takes: its thumbnail's shape, at most the block's size; a square without one. */
    private static double[] shownSize(Image thumbnail) {
        double w = thumbnail == null || thumbnail.getWidth() <= 0 ? PICTURE_HEIGHT : thumbnail.getWidth();
        double h = thumbnail == null || thumbnail.getHeight() <= 0 ? PICTURE_HEIGHT : thumbnail.getHeight();
        double scale = Math.min(PICTURE_WIDTH / w, PICTURE_HEIGHT / h);
        return new double[] {Math.round(w * scale), Math.round(h * scale)};
    }

    private String words(String code, String detail) {
        return switch (code) {
            case dev.hearth.client.net.ClientEvent.FetchFailed.CORRUPT -> text.format("file.corrupt");
            case dev.hearth.client.net.ClientEvent.FetchFailed.UNWRITABLE -> text.format("file.unwritable");
            default -> text.error(code, detail);
        };
    }

    private Button small(String key, String styleClass) {
        Button button = new Button(text.format(key));
        button.getStyleClass().addAll(styleClass, "small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private String size(long bytes) {
        return FileSize.of(bytes, text.bundle().getLocale());
    }

    private static double fraction(long done, long size) {
        return size <= 0 ? 0 : Math.min(1, (double) done / size);
    }

    private static long percent(long done, long size) {
        return Math.round(fraction(done, size) * 100);
    }

    /** A glyph for the kind of file, from its type: never anything that would run it. */
    static String iconOf(String mime) {
        String type = mime.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("image/")) {
            return "🖼";
        }
        if (type.startsWith("video/")) {
            return "🎞";
        }
        if (type.startsWith("audio/")) {
            return "🎵";
        }
        if (type.startsWith("text/") || type.equals("application/pdf")) {
            return "📄";
        }
        if (type.contains("zip") || type.contains("compressed") || type.contains("tar")) {
            return "🗜";
        }
        return "📎";
    }
}
