package dev.hearth.client.chat.viewer;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.MessageFiles;
import dev.hearth.client.chat.SaveChoice;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.theme.ThemeManager;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The picture viewer's window: one picture from a message, on this computer, fitted to the window
 * and upright, to zoom, move and save a copy of. Nothing is ever opened or run with another
 * program. FX thread.
 */
public final class PictureViewer {

    private static final double MIN_WIDTH = 520;
    private static final double MIN_HEIGHT = 380;

    private PictureViewer() {}

    /**
     * Shows the picture a message carries, in a window over the chat window that holds the chat
     * until it is closed (as Signal's and Element's pictures do). The window opens at once with a
     * placeholder; the file is read and decoded in the background, however large.
     *
     * <p>In it: Ctrl with the wheel, Ctrl with plus or minus (or either alone) and the − and +
     * buttons zoom; 0 or "Fit" shows the whole picture, 1 or "100%" one picture pixel per screen
     * pixel; a picture larger than the window moves by dragging, the wheel and the arrow keys; a
     * double click goes to 100 % there and back. "Save as…" (Ctrl+S) asks where with the system's
     * dialog, proposing the file's name, and copies it there with {@link MessageFiles#saveAs},
     * saying in words if that fails. Escape, Ctrl+W and "Close" close it. Every control is
     * reachable with Tab.
     *
     * <p>For a picture ({@link ChatLine.Attachment#picture()}) once {@link MessageFiles#local}
     * has it, e.g. on a click on its line; until then, fetch it ({@link MessageFiles#fetch}) and
     * follow {@link MessageFiles#states}. A file that turns out not to be a PNG, JPEG, GIF or
     * WebP it can show opens saying so, and can still be saved.
     *
     * @param owner the chat window: the viewer is centred over it and modal to it
     * @param file  the message's file: its name (shown, and proposed when saving) and size
     * @param local where the file is on this computer: {@code files.local(file)}, once fetched
     * @param files the chat's files, which save the copy
     * @param chooser asks where to save a copy (the system's dialog in the app, a test's answer in tests)
     * @return the viewer's window, showing
     */
    public static Stage open(Window owner, ChatLine.Attachment file, Path local, MessageFiles files, SaveChoice chooser) {
        Objects.requireNonNull(owner, "owner");
        ResourceBundle bundle = I18n.bundleFor(PictureViewerView.class);
        PictureViewerViewModel model = new PictureViewerViewModel(file.name(), file.size(), local,
                target -> files.saveAs(file, target), bundle);
        PictureLoad load = PictureLoad.start(model, task -> Thread.ofVirtual().name("picture-viewer").start(task),
                Platform::runLater);
        Stage stage = new Stage();
        Runnable save = () -> chooser.choose(stage, file.name()).ifPresent(model::saveTo);
        Parent root = PictureViewerView.create(model, load.imageProperty(), save, stage::close);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        stage.setTitle(I18n.format(bundle, "window.title", file.name()));
        Rectangle2D place = placeOver(owner);
        stage.setScene(ThemeManager.style(new Scene(root, place.getWidth(), place.getHeight())));
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(e -> load.cancel());
        stage.show();
        return stage;
    }

    /** Nine tenths of the owner, centred over it, within its screen. */
    private static Rectangle2D placeOver(Window owner) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, owner.getWidth() * 0.9));
        double height = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, owner.getHeight() * 0.9));
        double x = Math.clamp(owner.getX() + (owner.getWidth() - width) / 2, screen.getMinX(), screen.getMaxX() - width);
        double y = Math.clamp(owner.getY() + (owner.getHeight() - height) / 2, screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }
}
