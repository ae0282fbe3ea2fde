package dev.hearth.client.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshots a scene or node to PNG, for people to look at (docs, reviews) and for pixel checks.
 * Files go to {@code hearth.screenshots.dir}, by default {@code fx-client/target/screenshots}.
 * Callable from the test thread; the snapshot itself is taken on the FX thread.
 */
public final class Screenshots {

    public static final String DIRECTORY_PROPERTY = "hearth.screenshots.dir";

    private Screenshots() {}

    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // Surefire runs in the module directory; an IDE may run in the repository root.
        return Files.isDirectory(Path.of("fx-client")) ? Path.of("fx-client", "target", "screenshots")
                : Path.of("target", "screenshots");
    }

    /** Snapshots the whole scene to {@code name}.png and returns the file. */
    public static Path write(Scene scene, String name) {
        return save(onFx(() -> scene.snapshot(null)), name);
    }

    /** Snapshots one node to {@code name}.png and returns the file. */
    public static Path write(Node node, String name) {
        return save(snapshot(node), name);
    }

    /** The node's pixels now, taken on the FX thread. */
    public static WritableImage snapshot(Node node) {
        return onFx(() -> node.snapshot(null, null));
    }

    /** Copies a JavaFX image into an AWT one (ARGB), without needing javafx-swing. */
    public static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }

    private static Path save(WritableImage image, String name) {
        try {
            Path dir = Files.createDirectories(directory());
            Path file = dir.resolve(name + ".png");
            ImageIO.write(toBufferedImage(image), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("snapshot failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("snapshot did not finish", e);
        }
    }
}
