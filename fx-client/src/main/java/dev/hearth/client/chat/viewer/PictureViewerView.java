package dev.hearth.client.chat.viewer;

import dev.hearth.client.chat.viewer.PictureViewerViewModel.Phase;
import dev.hearth.client.files.Turn;
import dev.hearth.client.i18n.ViewLoader;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The picture viewer's pane: a bar with the file's name and size, the zoom and its buttons, Save
 * as… and Close, above the picture. It binds to {@link PictureViewerViewModel} and passes on the
 * mouse ({@link ViewerMouse}) and the keys ({@link ViewerKeys}). FX thread.
 */
public final class PictureViewerView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    @FXML private StackPane area;
    @FXML private Pane canvas;
    @FXML private ImageView imageView;
    @FXML private ProgressIndicator progress;
    @FXML private Parent opening;
    @FXML private Parent failed;
    @FXML private Label nameLabel;
    @FXML private Label detailsLabel;
    @FXML private Label zoomLabel;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Button fitButton;
    @FXML private Button actualButton;
    @FXML private Label saveStatus;

    private final PictureViewerViewModel model;
    private final ObservableValue<Image> picture;
    private final Runnable save;
    private final Runnable close;

    private PictureViewerView(PictureViewerViewModel model, ObservableValue<Image> picture, Runnable save, Runnable close) {
        this.model = model;
        this.picture = picture;
        this.save = save;
        this.close = close;
    }

    /**
     * @param picture the decoded picture, once there is one
     * @param save    asks where, then saves a copy there
     * @param close   closes the viewer's window
     */
    static Parent create(PictureViewerViewModel model, ObservableValue<Image> picture, Runnable save, Runnable close) {
        return ViewLoader.load(new PictureViewerView(model, picture, save, close));
    }

    @FXML private void zoomIn() { model.zoomIn(); }
    @FXML private void zoomOut() { model.zoomOut(); }
    @FXML private void fit() { model.fit(); }
    @FXML private void actualSize() { model.actualSize(); }
    @FXML private void save() { save.run(); }
    @FXML private void close() { close.run(); }

    @FXML
    private void initialize() {
        bindBar();
        bindPicture();
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
        canvas.widthProperty().subscribe(w -> model.area(w.doubleValue(), canvas.getHeight()));
        canvas.heightProperty().subscribe(h -> model.area(canvas.getWidth(), h.doubleValue()));
        ViewerMouse.listen(model, area);
        area.sceneProperty().subscribe(this::listen);
    }

    private void bindBar() {
        nameLabel.setText(model.name());
        nameLabel.setTooltip(new Tooltip(model.name()));
        detailsLabel.textProperty().bind(model.detailsProperty());
        zoomLabel.textProperty().bind(model.zoomTextProperty());
        zoomLabel.visibleProperty().bind(model.phaseProperty().isNotEqualTo(Phase.FAILED));
        // Zooming waits for the picture; a file that cannot be shown can still be saved.
        BooleanBinding notShown = model.phaseProperty().isNotEqualTo(Phase.SHOWN);
        for (Button zoom : List.of(zoomOutButton, zoomInButton, fitButton, actualButton)) {
            zoom.disableProperty().bind(notShown);
        }
        saveStatus.textProperty().bind(model.saveMessageProperty());
        saveStatus.visibleProperty().bind(model.saveMessageProperty().isNotEmpty());
        saveStatus.managedProperty().bind(saveStatus.visibleProperty());
        model.saveFailedProperty().subscribe(bad -> saveStatus.pseudoClassStateChanged(FAILED, bad));
    }

    private void bindPicture() {
        imageView.imageProperty().bind(picture);
        imageView.layoutXProperty().bind(model.imageXProperty());
        imageView.layoutYProperty().bind(model.imageYProperty());
        imageView.fitWidthProperty().bind(model.imageWidthProperty());
        imageView.fitHeightProperty().bind(model.imageHeightProperty());
        imageView.rotateProperty().bind(model.turnProperty().map(Turn::degrees));
        imageView.scaleXProperty().bind(model.turnProperty().map(Turn::scaleX));
        imageView.scaleYProperty().bind(model.turnProperty().map(Turn::scaleY));
        imageView.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.SHOWN));
        opening.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.OPENING));
        failed.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.FAILED));
        progress.progressProperty().bind(model.progressProperty());
    }

    private void listen(Scene scene) {
        if (scene != null) {
            ViewerKeys keys = new ViewerKeys(model, area, save, close);
            // Arrows move a large picture before a focused button takes them to move the focus.
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::arrows);
            scene.addEventHandler(KeyEvent.KEY_PRESSED, keys::commands);
        }
    }
}
