package dev.hearth.client.chat.viewer;

import static dev.hearth.client.testing.ChatWindow.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.MessageFiles;
import dev.hearth.client.chat.SaveChoice;
import dev.hearth.client.chat.TestMessageFiles;
import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.PictureFiles;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.testing.PulseGaps;
import dev.hearth.client.testing.Screenshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The picture viewer over a chat window, on real picture files: fitted and upright, zoomed and
 * moved with the keys, the buttons and the mouse, every control reached with Tab, a copy saved
 * through the chat's {@link MessageFiles}, closed with Escape, and a large photo opened without
 * holding up the window.
 */
@ExtendWith(ApplicationExtension.class)
class PictureViewerIT {

    private static final int RED = 0xFFD02010;
    private static final int BLUE = 0xFF1030D0;

    private Stage chat;
    private Path kept;
    private MessageFiles files;
    private Stage viewer;
    private final List<String> proposed = new ArrayList<>();
    private final AtomicReference<Path> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        I18n.use(Languages.ENGLISH);
        FxThemes.use(ThemeChoice.LIGHT);
        kept = Files.createTempDirectory("hearth-viewer");
        files = TestMessageFiles.keptIn(kept);
        chat = stage;
        stage.setScene(new Scene(new Label("the chat"), 900, 700));
        stage.show();
    }

    @AfterEach
    void closeViewer() {
        if (viewer != null) {
            fx(() -> {
                viewer.close();
                return null;
            });
        }
    }

    @Test
    void aPictureOpensFittedToTheWindow(FxRobot robot) throws Exception {
        open(robot, "beach.png", PictureFiles.png(PictureFiles.halves(1600, 1000, RED, BLUE)));
        Bounds area = fx(() -> node("#canvas").getLayoutBounds());
        Bounds shown = fx(() -> node("#imageView").getBoundsInParent());
        assertTrue(shown.getWidth() <= area.getWidth() + 0.5 && shown.getHeight() <= area.getHeight() + 0.5, shown + " in " + area);
        assertTrue(Math.abs(shown.getWidth() - area.getWidth()) < 0.5 || Math.abs(shown.getHeight() - area.getHeight()) < 0.5,
                "touches two sides: " + shown + " in " + area);
        assertEquals(1.6, shown.getWidth() / shown.getHeight(), 0.01);
        assertEquals("beach.png", text("#nameLabel"));
        assertTrue(text("#detailsLabel").endsWith(" · 1600 × 1000"), text("#detailsLabel"));
        assertEquals("Picture", fx(() -> viewer.getTitle()).replace("beach.png — ", ""));
        assertTrue(fx(() -> viewer.getOwner() == chat));
    }

    @Test
    void aPhonesPictureOnItsSideShowsUpright(FxRobot robot) throws Exception {
        // Stored 1200 x 800, red on the left; Exif 6 says: turn it a quarter clockwise.
        open(robot, "phone.jpg", PictureFiles.cameraJpeg(PictureFiles.halves(1200, 800, RED, BLUE), Orientation.ROTATE_90));
        Bounds shown = fx(() -> node("#imageView").getBoundsInParent());
        assertEquals(800 / 1200.0, shown.getWidth() / shown.getHeight(), 0.01, "width and height swapped: " + shown);
        assertTrue(text("#detailsLabel").endsWith(" · 800 × 1200"), text("#detailsLabel"));

        WritableImage pixels = Screenshots.snapshot(node("#canvas"));
        PixelReader reader = pixels.getPixelReader();
        double midX = shown.getMinX() + shown.getWidth() / 2;
        Color top = reader.getColor((int) midX, (int) (shown.getMinY() + shown.getHeight() * 0.2));
        Color bottom = reader.getColor((int) midX, (int) (shown.getMinY() + shown.getHeight() * 0.8));
        assertTrue(top.getRed() > 0.6 && top.getBlue() < 0.3, "the left half turned to the top: " + top);
        assertTrue(bottom.getBlue() > 0.6 && bottom.getRed() < 0.3, "the right half at the bottom: " + bottom);
    }

    @Test
    void aWebpFromACameraShowsUprightToo(FxRobot robot) throws Exception {
        // libwebp's own lossy file, 48 x 32 stored, its Exif saying orientation 6 (see TestPictures.resource).
        byte[] webp;
        try (var in = PictureViewerIT.class.getResourceAsStream("/dev/hearth/client/files/camera-lossy.webp")) {
            webp = in.readAllBytes();
        }
        open(robot, "camera.webp", webp);
        Bounds shown = fx(() -> node("#imageView").getBoundsInParent());
        assertEquals(32 / 48.0, shown.getWidth() / shown.getHeight(), 0.01, "turned: " + shown);
        assertTrue(text("#detailsLabel").endsWith(" · 32 × 48"), text("#detailsLabel"));
    }

    @Test
    void zoomsWithTheKeysAndTheButtons(FxRobot robot) throws Exception {
        open(robot, "wide.png", PictureFiles.png(PictureFiles.halves(3000, 2000, RED, BLUE)));
        String fitted = text("#zoomLabel");
        assertTrue(percent(fitted) < 100, fitted);

        robot.type(KeyCode.DIGIT1);
        awaitZoom("100%");
        assertEquals(3000, fx(() -> node("#imageView").getBoundsInParent().getWidth()), 0.5, "one picture pixel per pixel");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        awaitZoom("125%");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        awaitZoom("100%");
        robot.type(KeyCode.SUBTRACT);
        awaitZoom("75%");
        robot.type(KeyCode.DIGIT0);
        awaitZoom(fitted);

        robot.clickOn("#zoomInButton");
        awaitZoom(percentAbove(fitted));
        robot.clickOn("#zoomOutButton");
        assertTrue(percent(text("#zoomLabel")) < percent(fitted), text("#zoomLabel"));
        robot.clickOn("#actualButton");
        awaitZoom("100%");
        robot.clickOn("#fitButton");
        awaitZoom(fitted);

        wheel(80, true);
        await(() -> percent(text("#zoomLabel")) > percent(fitted), "Ctrl with the wheel up zooms in");
        wheel(-240, true);
        await(() -> percent(text("#zoomLabel")) < percent(fitted), "and down zooms out");
    }

    @Test
    void aLargerPictureMovesWithTheArrowsAndTheMouse(FxRobot robot) throws Exception {
        open(robot, "wide.png", PictureFiles.png(PictureFiles.halves(3000, 2000, RED, BLUE)));
        robot.type(KeyCode.DIGIT1);
        awaitZoom("100%");
        double x = fx(() -> node("#imageView").getLayoutX());
        robot.type(KeyCode.RIGHT);
        await(() -> Math.abs(fx(() -> node("#imageView").getLayoutX()) - (x - ViewerKeys.STEP)) < 0.01,
                "moved left to show more of the right");
        robot.type(KeyCode.DOWN);
        double y = fx(() -> node("#imageView").getLayoutY());
        robot.drag("#canvas").dropBy(120, 80);
        await(() -> fx(() -> node("#imageView").getLayoutX()) > x, "dragged right");
        assertTrue(fx(() -> node("#imageView").getLayoutY()) > y, "and down");

        double beforeWheel = fx(() -> node("#imageView").getLayoutY());
        wheel(-80, false);
        await(() -> fx(() -> node("#imageView").getLayoutY()) < beforeWheel, "the wheel moves it up");

        robot.type(KeyCode.DIGIT0);
        awaitZoom(text("#zoomLabel"));
        double fittedX = fx(() -> node("#imageView").getLayoutX());
        fx(() -> {
            node("#area").requestFocus();
            return null;
        });
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fittedX, fx(() -> node("#imageView").getLayoutX()), "a picture that fits does not move");
        assertTrue(fx(() -> node("#area").isFocused()), "nor does the keyboard leave it");
    }

    @Test
    void everyControlIsReachedWithTabAndShowsIt(FxRobot robot) throws Exception {
        open(robot, "beach.png", PictureFiles.png(PictureFiles.halves(800, 500, RED, BLUE)));
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = fx(() -> viewer.getScene().getFocusOwner());
            reached.add(owner.getId());
            if (owner instanceof Button button) {
                assertNotNull(fx(button::getBorder), button.getId() + " shows it has the keyboard");
                assertTrue(fx(() -> button.getBorder().getStrokes().getFirst().getWidths().getTop()) >= 2, button.getId());
            }
        }
        assertEquals(Set.of("area", "zoomOutButton", "zoomInButton", "fitButton", "actualButton", "saveButton", "closeButton"),
                reached);
        Node save = node("#saveButton");
        fx(() -> {
            save.requestFocus();
            return null;
        });
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> ((Button) save).getBorder()), "no ring once the keyboard has left");
    }

    @Test
    void saveAsCopiesTheFileWhereTheUserSaysOrSaysWhyNot(FxRobot robot) throws Exception {
        byte[] bytes = PictureFiles.png(PictureFiles.halves(400, 300, RED, BLUE));
        open(robot, "sunset.png", bytes);
        Path folder = Files.createTempDirectory("hearth-saved");
        answer.set(folder.resolve("my sunset.png"));
        robot.clickOn("#saveButton");
        await(() -> Files.exists(folder.resolve("my sunset.png")), "the copy");
        assertArrayEquals(bytes, Files.readAllBytes(folder.resolve("my sunset.png")));
        assertEquals(List.of("sunset.png"), proposed, "the file's name is proposed");
        await(() -> text("#saveStatus").equals("Saved a copy as " + folder.resolve("my sunset.png")), "saying where");

        answer.set(folder.resolve("gone").resolve("again.png"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> text("#saveStatus").equals("Could not save again.png: that folder no longer exists."), "the reason");
        assertTrue(fx(() -> node("#saveStatus").getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("failed"))));

        answer.set(null); // cancelled
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, proposed.size());
        assertEquals("Could not save again.png: that folder no longer exists.", text("#saveStatus"));
    }

    @Test
    void escapeClosesTheViewerAndLeavesTheChat(FxRobot robot) throws Exception {
        open(robot, "beach.png", PictureFiles.png(PictureFiles.halves(800, 500, RED, BLUE)));
        robot.clickOn("#fitButton");
        robot.type(KeyCode.ESCAPE);
        await(() -> !fx(viewer::isShowing), "the viewer closed");
        assertTrue(fx(chat::isShowing));
    }

    @Test
    void aLargePhotoOpensWithoutHoldingUpTheWindow(FxRobot robot) throws Exception {
        byte[] photo = PictureFiles.jpeg(PictureFiles.halves(6000, 4000, RED, BLUE));
        Path local = keep(photo);
        ChatLine.Attachment file = attachment("large.jpg", photo);
        PulseGaps gaps = new PulseGaps();
        long started = System.nanoTime();
        viewer = fx(() -> {
            Stage opened = PictureViewer.open(chat, file, local, files, chooser());
            opened.getScene().addPostLayoutPulseListener(gaps);
            return opened;
        });
        long openMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(fx(() -> node("#opening").isVisible()), "a placeholder while it opens");
        awaitShown();
        assertTrue(openMillis < 1_000, "the window opened at once: " + openMillis + " ms");
        assertTrue(gaps.pulses() > 1, "the window kept drawing: " + gaps.pulses());
        assertTrue(gaps.longestMillis() < 1_000, "never held up long: " + gaps.longestMillis() + " ms");
        assertTrue(percent(text("#zoomLabel")) <= 15, "fitted: " + text("#zoomLabel"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void open(FxRobot robot, String name, byte[] bytes) throws Exception {
        Path local = keep(bytes);
        ChatLine.Attachment file = attachment(name, bytes);
        assertEquals(Optional.of(local), fx(() -> files.local(file)));
        viewer = fx(() -> PictureViewer.open(chat, file, local, files, chooser()));
        awaitShown();
        robot.targetWindow(viewer);
    }

    /**
     * A turn of the wheel over the middle of the picture (the headless robot has no wheel), with
     * Ctrl held when {@code ctrl}; positive {@code deltaY} is away from the user.
     */
    private void wheel(double deltaY, boolean ctrl) {
        fx(() -> {
            Node canvas = node("#canvas");
            Point2D middle = canvas.localToScene(canvas.getLayoutBounds().getCenterX(), canvas.getLayoutBounds().getCenterY());
            Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, middle.getX(), middle.getY(), middle.getX(),
                    middle.getY(), false, ctrl, false, false, false, false, 0, deltaY, 0, deltaY,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
    }

    private SaveChoice chooser() {
        return (owner, name) -> {
            assertTrue(owner == viewer, "asked over the viewer");
            proposed.add(name);
            return Optional.ofNullable(answer.get());
        };
    }

    private Path keep(byte[] bytes) throws IOException {
        return Files.write(kept.resolve(sha256(bytes)), bytes);
    }

    private static ChatLine.Attachment attachment(String name, byte[] bytes) {
        String mime = name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
        return new ChatLine.Attachment("blob-" + name, name, mime, bytes.length, sha256(bytes), null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitShown() throws TimeoutException {
        await(() -> fx(() -> node("#imageView").isVisible()), "the picture shown");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitZoom(String zoom) throws TimeoutException {
        await(() -> text("#zoomLabel").equals(zoom), "zoom " + zoom + " (is " + text("#zoomLabel") + ")");
    }

    private static void await(BooleanSupplier condition, String what) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new TimeoutException("waited for " + what);
        }
    }

    private Node node(String query) {
        return viewer.getScene().getRoot().lookup(query);
    }

    private String text(String query) {
        return fx(() -> ((Label) node(query)).getText());
    }

    private static int percent(String zoom) {
        return Integer.parseInt(zoom.replace("%", "").strip());
    }

    /** The first zoom step above {@code fitted}. */
    private static String percentAbove(String fitted) {
        for (double step : Framing.STEPS) {
            if (step * 100 > percent(fitted) + 0.5) {
                return Math.round(step * 100) + "%";
            }
        }
        throw new IllegalStateException(fitted);
    }
}
