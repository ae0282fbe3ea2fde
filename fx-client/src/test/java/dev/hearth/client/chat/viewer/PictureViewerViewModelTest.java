package dev.hearth.client.chat.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.viewer.PictureViewerViewModel.Phase;
import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.Turn;
import dev.hearth.client.i18n.I18n;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture viewer's state without a scene: what it says, how it zooms and turns, how a save went. */
class PictureViewerViewModelTest {

    private static final long SIZE = 2_516_582; // 2.4 MB
    /** The viewer's words, named like its view. */
    private static final String BUNDLE = "dev.hearth.client.chat.viewer.PictureViewerView";

    @TempDir
    Path dir;

    private Path local;
    private final List<Path> saved = new ArrayList<>();
    private IOException refusal;
    private PictureViewerViewModel model;

    @BeforeEach
    void aPictureOnThisComputer() throws IOException {
        local = Files.writeString(dir.resolve("kept"), "picture");
        model = viewModel(Locale.ENGLISH);
    }

    private PictureViewerViewModel viewModel(Locale locale) {
        return new PictureViewerViewModel("holiday.jpg", SIZE, local, target -> {
            if (refusal != null) {
                throw refusal;
            }
            saved.add(target);
        }, I18n.bundle(BUNDLE, locale));
    }

    @Test
    void saysTheFileNameAndSizeAndThenThePictureSizeAsSeen() {
        assertEquals("holiday.jpg", model.name());
        assertEquals("2.4 MB", model.detailsProperty().get());
        model.probed(new PictureProbe(4000, 3000, Orientation.ROTATE_90));
        assertEquals("2.4 MB · 3000 × 4000", model.detailsProperty().get());
    }

    @Test
    void opensThenShowsOrSaysItCannot() {
        assertEquals(Phase.OPENING, model.phaseProperty().get());
        assertEquals(-1, model.progressProperty().get());
        model.progress(0.5);
        assertEquals(0.5, model.progressProperty().get());
        model.shown();
        assertEquals(Phase.SHOWN, model.phaseProperty().get());
        assertEquals(1, model.progressProperty().get());

        PictureViewerViewModel broken = viewModel(Locale.ENGLISH);
        broken.failed();
        assertEquals(Phase.FAILED, broken.phaseProperty().get());
    }

    @Test
    void aCameraPictureOnItsSideFitsAsSeenAndIsDrawnTurned() {
        model.area(600, 800);
        model.probed(new PictureProbe(4000, 3000, Orientation.ROTATE_90));
        assertEquals(Orientation.ROTATE_90, model.orientationProperty().get());
        assertEquals(new Turn(90, 1, 1), model.turnProperty().get());
        assertEquals(0.2, model.scaleProperty().get(), 1e-9, "3000 x 4000 as seen fits 600 x 800");
        // The stored 4000 x 3000 box, centred, which the view turns a quarter about its centre.
        assertEquals(800, model.imageWidthProperty().get(), 1e-9);
        assertEquals(600, model.imageHeightProperty().get(), 1e-9);
        assertEquals(300 - 400, model.imageXProperty().get(), 1e-9);
        assertEquals(400 - 300, model.imageYProperty().get(), 1e-9);
        assertEquals("20%", model.zoomTextProperty().get());
        assertTrue(model.fittingProperty().get());
    }

    @Test
    void zoomsInStepsShowsTheScaleAndFitsAgain() {
        model.area(900, 600);
        model.probed(new PictureProbe(6000, 4000, Orientation.NORMAL));
        assertEquals("15%", model.zoomTextProperty().get());
        model.zoomIn();
        assertEquals("25%", model.zoomTextProperty().get());
        assertFalse(model.fittingProperty().get());
        model.zoomOut();
        model.zoomOut();
        assertEquals("10%", model.zoomTextProperty().get());
        model.actualSize();
        assertEquals("100%", model.zoomTextProperty().get());
        assertTrue(model.movableProperty().get());
        model.panBy(-100, 0);
        assertEquals(450 - 100 - 3000, model.imageXProperty().get(), 1e-9);
        model.fit();
        assertEquals("15%", model.zoomTextProperty().get());
        assertTrue(model.fittingProperty().get());
        assertFalse(model.movableProperty().get());
        assertEquals(0, model.imageXProperty().get(), 1e-9);
    }

    @Test
    void aDoubleClickGoesToOneHundredPercentThereAndBack() {
        model.area(900, 600);
        model.probed(new PictureProbe(6000, 4000, Orientation.NORMAL));
        model.toggleZoomAt(900, 600); // the bottom right corner
        assertEquals(1, model.scaleProperty().get(), 1e-9);
        assertEquals(900, model.imageXProperty().get() + model.imageWidthProperty().get(), 1e-6, "the corner stays put");
        model.toggleZoomAt(10, 10);
        assertTrue(model.fittingProperty().get());

        PictureViewerViewModel small = viewModel(Locale.ENGLISH);
        small.area(900, 600);
        small.probed(new PictureProbe(300, 200, Orientation.NORMAL));
        small.toggleZoomAt(450, 300);
        assertEquals("200%", small.zoomTextProperty().get(), "shown whole at 100 %: twice as large");
    }

    @Test
    void theZoomIsSaidInChineseToo() {
        PictureViewerViewModel chinese = viewModel(Locale.SIMPLIFIED_CHINESE);
        assertEquals("2.4 MB", chinese.detailsProperty().get());
        chinese.area(900, 600);
        chinese.probed(new PictureProbe(6000, 4000, Orientation.NORMAL));
        chinese.zoomIn();
        assertEquals("25%", chinese.zoomTextProperty().get());
    }

    @Test
    void sizesReadLikeAFileManagers() {
        ViewerWords words = new ViewerWords(I18n.bundle(BUNDLE, Locale.ENGLISH));
        assertEquals("512 bytes", words.size(512));
        assertEquals("12 KB", words.size(12 * 1024 + 100));
        assertEquals("2.4 MB", words.size(SIZE));
        assertEquals("32 MB", words.size(32L * 1024 * 1024));
    }

    @Test
    void savingACopySaysWhere() {
        Path target = dir.resolve("copy.jpg");
        model.saveTo(target);
        assertEquals(List.of(target), saved);
        assertEquals("Saved a copy as " + target, model.saveMessageProperty().get());
        assertFalse(model.saveFailedProperty().get());
    }

    @Test
    void aFailedSaveIsSaidInWordsNotTheSystemsEnglish() {
        Path target = dir.resolve("locked").resolve("copy.jpg");
        refusal = new AccessDeniedException(target.toString());
        model.saveTo(target);
        assertTrue(model.saveFailedProperty().get());
        assertEquals("Could not save copy.jpg: this folder does not let Hearth write in it.", model.saveMessageProperty().get());

        refusal = new NoSuchFileException(target.toString());
        model.saveTo(target);
        assertEquals("Could not save copy.jpg: that folder no longer exists.", model.saveMessageProperty().get());

        refusal = new FileSystemException(target.toString(), null, "No space left on device");
        model.saveTo(target);
        assertEquals("Could not save copy.jpg: the disk is full.", model.saveMessageProperty().get());

        refusal = new IOException("Input/output error");
        model.saveTo(target);
        assertEquals("Could not save copy.jpg: the system said “Input/output error”.", model.saveMessageProperty().get());
    }

    @Test
    void aSaveAfterThePictureWasDeletedSaysSo() throws IOException {
        Files.delete(local);
        refusal = new NoSuchFileException(local.toString());
        model.saveTo(dir.resolve("copy.jpg"));
        assertEquals("Could not save copy.jpg: the picture is no longer on this computer.", model.saveMessageProperty().get());
    }

    @Test
    void aSuccessfulSaveAfterAFailureClearsTheError() {
        refusal = new AccessDeniedException("x");
        model.saveTo(dir.resolve("a.jpg"));
        refusal = null;
        model.saveTo(dir.resolve("b.jpg"));
        assertFalse(model.saveFailedProperty().get());
        assertEquals("Saved a copy as " + dir.resolve("b.jpg"), model.saveMessageProperty().get());
    }
}
