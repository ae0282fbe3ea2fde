package dev.hearth.client.chat;

import dev.hearth.client.files.MetadataStripper;
import dev.hearth.client.files.Orientation;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;

/**
 * Pictures drawn in conversations, decoded once: thumbnails (small, from the message itself) and
 * pictures fetched to this computer, read and scaled to the size they are shown at in the
 * background, with the way they are turned (JavaFX ignores a picture's EXIF orientation). Each
 * kept for the latest {@value #KEPT} files shown, so scrolling back and forth decodes nothing
 * again. FX thread, but for the reading.
 */
final class PictureCache {
    static final int KEPT = 64;

    /** A picture to draw, and how to turn it upright. */
    record Shown(Image image, Orientation orientation) {}

    private final Map<String, Image> thumbnails = lru();
    private final Map<String, Shown> pictures = lru();
    private final Map<String, CompletableFuture<Shown>> loading = new java.util.HashMap<>();

    /** The thumbnail of a file (base64 from its message), or null when it cannot be read. */
    Image thumbnail(ChatLine.Attachment file) {
        if (file.thumb() == null) {
            return null;
        }
        return thumbnails.computeIfAbsent(file.sha256(), sha -> {
            Image image = new Image(new ByteArrayInputStream(Base64.getDecoder().decode(file.thumb())));
            return image.isError() ? null : image;
        });
    }

    /** The picture at {@code path} if read already, else null, and {@code ready} is called once it is. */
    Shown picture(ChatLine.Attachment file, Path path, double width, double height, Consumer<Shown> ready) {
        Shown shown = pictures.get(file.sha256());
        if (shown != null) {
            return shown;
        }
        loading.computeIfAbsent(file.sha256(), sha -> CompletableFuture.supplyAsync(() -> read(path, width, height)))
                .thenAccept(read -> Platform.runLater(() -> {
                    loading.remove(file.sha256());
                    if (read != null) {
                        pictures.put(file.sha256(), read);
                        ready.accept(read);
                    }
                }));
        return null;
    }

    /** Reads and scales the picture; null when it is not one this computer can draw. */
    private static Shown read(Path path, double width, double height) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            Orientation orientation;
            try {
                orientation = MetadataStripper.orientation(bytes);
            } catch (dev.hearth.client.files.BadImageException e) {
                orientation = Orientation.NORMAL;
            }
            double w = orientation.swapsWidthAndHeight() ? height : width;
            double h = orientation.swapsWidthAndHeight() ? width : height;
            Image image = new Image(new ByteArrayInputStream(bytes), w, h, true, true);
            return image.isError() ? null : new Shown(image, orientation);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEPT;
            }
        };
    }
}
