package dev.hearth.client.chat.viewer;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * Opens the picture without holding up the FX thread: its header and orientation are read on
 * {@code background} ({@link PictureProbe}), then JavaFX decodes it with its own background
 * loading, reporting progress to the view model. Started and cancelled on the FX thread.
 */
final class PictureLoad {

    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final PictureViewerViewModel model;
    private volatile boolean cancelled;

    private PictureLoad(PictureViewerViewModel model) {
        this.model = model;
    }

    /**
     * @param background where the file is read (a new virtual thread in the app)
     * @param fx         back to the FX thread ({@code Platform::runLater} in the app)
     */
    static PictureLoad start(PictureViewerViewModel model, Executor background, Executor fx) {
        PictureLoad load = new PictureLoad(model);
        Path file = model.local();
        background.execute(() -> {
            try {
                PictureProbe probe = PictureProbe.of(file);
                fx.execute(() -> load.decode(file, probe));
            } catch (Exception e) {
                // Not a picture we can show (or unreadable): the viewer says so; Save as still works.
                fx.execute(() -> load.unless(model::failed));
            }
        });
        return load;
    }

    /** The picture being decoded or shown; null until its header is read. */
    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The viewer closed: nothing more is decoded or reported. */
    void cancel() {
        cancelled = true;
        Image now = image.get();
        if (now != null && now.getProgress() < 1) {
            now.cancel();
        }
    }

    private void decode(Path file, PictureProbe probe) {
        if (cancelled) {
            return;
        }
        model.probed(probe);
        double[] size = probe.decodeSize();
        Image picture = new Image(file.toUri().toString(), size[0], size[1], true, true, true);
        picture.progressProperty().subscribe(done -> unless(() -> progressed(picture, done.doubleValue())));
        picture.errorProperty().subscribe(error -> {
            if (error) {
                unless(model::failed);
            }
        });
        image.set(picture);
    }

    private void progressed(Image picture, double done) {
        model.progress(done);
        if (done >= 1 && !picture.isError()) {
            model.shown();
        }
    }

    private void unless(Runnable report) {
        if (!cancelled) {
            report.run();
        }
    }
}
