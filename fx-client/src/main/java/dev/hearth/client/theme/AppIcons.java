package dev.hearth.client.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;

/**
 * Hearth's icon, a flame, in the sizes window managers and trays pick from. The PNGs are drawn by
 * {@code fx-client/src/main/icons/hearth_icon.py}.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {}

    /** Every size, for {@code Stage.getIcons()}. */
    public static List<Image> forWindows() {
        return IntStream.of(SIZES).mapToObj(size -> new Image(open(size))).toList();
    }

    /** One size as a stream of PNG bytes, for toolkits other than JavaFX (the AWT tray). */
    public static InputStream open(int size) {
        InputStream in = AppIcons.class.getResourceAsStream("icons/hearth-" + size + ".png");
        if (in == null) {
            throw new UncheckedIOException(new IOException("no icon of size " + size));
        }
        return in;
    }
}
