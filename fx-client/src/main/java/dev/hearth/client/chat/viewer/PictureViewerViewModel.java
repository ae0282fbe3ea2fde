package dev.hearth.client.chat.viewer;

import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The picture viewer's state: the file's name and size, whether the picture is still opening,
 * shown or cannot be shown, its orientation, zoom and position ({@link Framing}), and how the last
 * "Save as…" went. The view binds to it and passes on what the user does. FX thread only.
 */
public final class PictureViewerViewModel {

    /** Where opening the picture is. */
    public enum Phase { OPENING, SHOWN, FAILED }

    /** Writes a copy of the picture to a place the user chose (the chat's {@code MessageFiles.saveAs}). */
    @FunctionalInterface
    public interface Saver {
        void save(Path target) throws IOException;
    }

    // --- properties ------------------------------------------------------------------------------

    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.OPENING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<Orientation> orientation =
            new ReadOnlyObjectWrapper<>(this, "orientation", Orientation.NORMAL);
    private final ReadOnlyObjectWrapper<Turn> turn = new ReadOnlyObjectWrapper<>(this, "turn", Turn.of(Orientation.NORMAL));
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText");
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting", true);
    private final ReadOnlyBooleanWrapper movable = new ReadOnlyBooleanWrapper(this, "movable");
    private final ReadOnlyDoubleWrapper imageX = new ReadOnlyDoubleWrapper(this, "imageX");
    private final ReadOnlyDoubleWrapper imageY = new ReadOnlyDoubleWrapper(this, "imageY");
    private final ReadOnlyDoubleWrapper imageWidth = new ReadOnlyDoubleWrapper(this, "imageWidth");
    private final ReadOnlyDoubleWrapper imageHeight = new ReadOnlyDoubleWrapper(this, "imageHeight");
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(this, "saveMessage", "");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(this, "saveFailed");

    private final String name;
    private final long size;
    private final Path local;
    private final Saver saver;
    private final ViewerWords words;
    private Framing framing = Framing.none();
    private PictureProbe probe;

    /**
     * @param name  the file's name as its sender gave it
     * @param size  its size in bytes
     * @param local where it is on this computer
     */
    public PictureViewerViewModel(String name, long size, Path local, Saver saver, ResourceBundle bundle) {
        this.name = Objects.requireNonNull(name, "name");
        this.size = size;
        this.local = Objects.requireNonNull(local, "local");
        this.saver = Objects.requireNonNull(saver, "saver");
        this.words = new ViewerWords(bundle);
        details.set(words.size(size));
        show(framing);
    }

    public String name() {
        return name;
    }

    public Path local() {
        return local;
    }

    /** The file's size, and the picture's once known: "2.4 MB · 3000 × 4000". */
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    /** How much of the picture is decoded, 0 to 1; -1 while that is not known. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Orientation> orientationProperty() { return orientation.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Turn> turnProperty() { return turn.getReadOnlyProperty(); }
    /** 1 is one picture pixel per scene pixel. */
    public ReadOnlyDoubleProperty scaleProperty() { return scale.getReadOnlyProperty(); }
    /** The scale in words: "42%". */
    public ReadOnlyStringProperty zoomTextProperty() { return zoomText.getReadOnlyProperty(); }
    /** Whether the whole picture is shown, following the window's size. */
    public ReadOnlyBooleanProperty fittingProperty() { return fitting.getReadOnlyProperty(); }
    /** Whether the picture is larger than its area, so that it can be moved. */
    public ReadOnlyBooleanProperty movableProperty() { return movable.getReadOnlyProperty(); }
    /** The stored (unturned) picture's box in the area; the view turns it about its centre. */
    public ReadOnlyDoubleProperty imageXProperty() { return imageX.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty imageYProperty() { return imageY.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty imageWidthProperty() { return imageWidth.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty imageHeightProperty() { return imageHeight.getReadOnlyProperty(); }
    /** What the last save came to, in words; empty before the first. */
    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty saveFailedProperty() { return saveFailed.getReadOnlyProperty(); }

    // --- commands --------------------------------------------------------------------------------

    /** The picture's header was read: its size and orientation. */
    void probed(PictureProbe found) {
        probe = found;
        orientation.set(found.orientation());
        turn.set(Turn.of(found.orientation()));
        details.set(words.details(size, found.seenWidth(), found.seenHeight()));
        show(framing.picture(found.seenWidth(), found.seenHeight()));
    }

    /** How far decoding has come, 0 to 1. */
    void progress(double done) {
        progress.set(done);
    }

    void shown() {
        progress.set(1);
        phase.set(Phase.SHOWN);
    }

    void failed() {
        phase.set(Phase.FAILED);
    }

    /** The picture's area is now {@code width} x {@code height}. */
    public void area(double width, double height) { show(framing.area(width, height)); }
    public void zoomIn() { show(framing.zoomIn()); }
    public void zoomOut() { show(framing.zoomOut()); }
    public void fit() { show(framing.fit()); }
    public void actualSize() { show(framing.actualSize()); }
    /** A wheel or pinch at ({@code x}, {@code y}) in the area. */
    public void zoomBy(double factor, double x, double y) { show(framing.zoomBy(factor, x, y)); }
    public void panBy(double dx, double dy) { show(framing.panBy(dx, dy)); }

    /** A double click: from fitting to 100 % at that point (200 % for a picture already shown whole at 100 %), or back. */
    public void toggleZoomAt(double x, double y) {
        if (!framing.fitting()) {
            show(framing.fit());
            return;
        }
        double target = framing.scale() < 0.995 ? 1 : 2;
        show(framing.zoomBy(target / framing.scale(), x, y));
    }

    /** Writes a copy to {@code target}, saying how it went. */
    public void saveTo(Path target) {
        try {
            saver.save(target);
            saveFailed.set(false);
            saveMessage.set(words.saved(target));
        } catch (IOException e) {
            saveFailed.set(true);
            saveMessage.set(words.saveFailed(e, target, !Files.exists(local)));
        }
    }

    private void show(Framing now) {
        framing = now;
        scale.set(now.scale());
        zoomText.set(words.zoom(now.scale()));
        fitting.set(now.fitting());
        movable.set(now.movable());
        boolean turned = probe != null && probe.turned();
        double width = (turned ? now.pictureHeight() : now.pictureWidth()) * now.scale();
        double height = (turned ? now.pictureWidth() : now.pictureHeight()) * now.scale();
        imageWidth.set(width);
        imageHeight.set(height);
        imageX.set(now.centreX() - width / 2);
        imageY.set(now.centreY() - height / 2);
    }
}
