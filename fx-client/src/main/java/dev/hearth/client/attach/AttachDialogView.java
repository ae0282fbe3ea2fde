package dev.hearth.client.attach;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.ViewLoader;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The attach dialog: the files about to be sent (a picture's thumbnail, or a file card), a caption,
 * Send and Cancel. A thin controller over {@link AttachDialogViewModel}: Enter in the caption
 * sends, Shift+Enter breaks the line, Tab leaves it, Esc cancels, as does closing the window. FX thread.
 */
public final class AttachDialogView {

    /** The files take at most this much height; more scroll. */
    private static final double MOST_HEIGHT = 440;

    private final AttachDialogViewModel model;
    private final ResourceBundle bundle = I18n.bundleFor(AttachDialogView.class);

    @FXML private Label heading;
    @FXML private ScrollPane itemsScroll;
    @FXML private VBox itemsBox;
    @FXML private TextArea caption;
    @FXML private Label problem;
    @FXML private ProgressIndicator spinner;
    @FXML private Label preparing;
    @FXML private Button sendButton;

    private AttachDialogView(AttachDialogViewModel model) {
        this.model = model;
    }

    /**
     * Shows the dialog over {@code owner} (modal to it, in its look) and starts preparing the
     * files; {@code onClosed} runs once it has gone, sent or not.
     */
    public static Stage show(Window owner, AttachDialogViewModel model, Runnable onClosed) {
        Parent root = ViewLoader.load(new AttachDialogView(model));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the app's look, light or dark
        }
        stage.setScene(scene);
        stage.setTitle(I18n.bundleFor(AttachDialogView.class).getString("window.title"));
        stage.setOnCloseRequest(e -> model.cancel());
        stage.setOnHidden(e -> onClosed.run());
        model.closedProperty().subscribe(closed -> {
            if (closed) {
                stage.close();
            }
        });
        stage.show();
        root.lookup(".attach-caption").requestFocus();
        model.start();
        return stage;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(model.headingProperty());
        caption.textProperty().bindBidirectional(model.captionProperty());
        caption.promptTextProperty().bind(model.captionPromptProperty());
        caption.addEventFilter(KeyEvent.KEY_PRESSED, this::captionKey);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        spinner.visibleProperty().bind(model.preparingProperty());
        preparing.visibleProperty().bind(model.preparingProperty());
        sendButton.disableProperty().bind(model.sendableProperty().not());
        model.items().addListener((ListChangeListener<AttachItem>) change -> showItems());
        model.preparingProperty().subscribe(this::fit);
        showItems();
    }

    private void showItems() {
        boolean one = model.items().size() == 1;
        itemsBox.getChildren().setAll(model.items().stream()
                .map(item -> AttachItemRow.of(item, one, bundle, () -> model.remove(item))).toList());
        fit();
    }

    /** The files shown whole up to {@link #MOST_HEIGHT}, the window grown or shrunk around them. */
    private void fit() {
        itemsBox.applyCss();
        double width = itemsScroll.getViewportBounds().getWidth();
        itemsScroll.setPrefViewportHeight(Math.min(MOST_HEIGHT, itemsBox.prefHeight(width > 0 ? width : -1)));
        if (itemsBox.getScene() != null && itemsBox.getScene().getWindow() != null) {
            itemsBox.getScene().getWindow().sizeToScene();
        }
    }

    /** As in the message box: Enter sends, Shift+Enter starts a new line, Tab moves on (never inserts a tab). */
    private void captionKey(KeyEvent key) {
        if (key.getCode() == KeyCode.ENTER && key.isShiftDown()) {
            key.consume();
            caption.insertText(caption.getCaretPosition(), "\n");
        } else if (key.getCode() == KeyCode.ENTER && !key.isControlDown()) {
            key.consume();
            model.send();
        } else if (key.getCode() == KeyCode.TAB && !key.isControlDown()) {
            key.consume();
            caption.requestFocusTraversal(key.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
        }
    }

    @FXML
    private void send() {
        model.send();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
