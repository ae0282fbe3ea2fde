package dev.hearth.client.app;

import dev.hearth.client.settings.WindowPlaceFile;
import dev.hearth.client.settings.WindowPlaceFile.WindowPlace;
import java.io.IOException;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was last time, and saves where it is when it closes. A place
 * no longer on any screen (a monitor unplugged) is ignored rather than opening out of sight.
 * FX thread.
 */
final class WindowPlaces {

    private WindowPlaces() {}

    static void restore(Stage stage, WindowPlaceFile file) {
        file.load().ifPresent(place -> {
            Rectangle2D bounds = new Rectangle2D(place.x(), place.y(), place.width(), place.height());
            boolean onAScreen = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(bounds));
            stage.setWidth(Math.max(place.width(), stage.getMinWidth()));
            stage.setHeight(Math.max(place.height(), stage.getMinHeight()));
            if (onAScreen) {
                stage.setX(place.x());
                stage.setY(place.y());
            }
            stage.setMaximized(place.maximized());
        });
        stage.setOnHiding(e -> {
            try {
                file.save(new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            } catch (IOException ignored) {
                // Next time the window opens at its default size: nothing else is lost.
            }
        });
    }
}
