package dev.hearth.client.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code XxxView.fxml} next to the controller class {@code XxxView}, with the bundle of the
 * same name in the UI's locale, using the given controller instance. FX thread.
 */
public final class ViewLoader {

    private ViewLoader() {}

    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL fxml = Objects.requireNonNull(type.getResource(type.getSimpleName() + ".fxml"),
                () -> "no FXML next to " + type.getName());
        FXMLLoader loader = new FXMLLoader(fxml, I18n.bundleFor(type));
        loader.setControllerFactory(ignored -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
