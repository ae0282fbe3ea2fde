package dev.hearth.client.testing;

import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** One character drawn large, black on white, and read back as pixels: for tests that fonts render. */
public final class Glyphs {

    private Glyphs() {}

    /** {@code text} at 48 px in a 64×64 white label. */
    public static Label glyph(String text) {
        Label label = new Label(text);
        label.setFont(Font.font(48));
        label.setTextFill(Color.BLACK);
        label.setMinSize(64, 64);
        label.setMaxSize(64, 64);
        label.setStyle("-fx-background-color: white;");
        return label;
    }

    /** The image's pixels as ARGB, row by row. */
    public static int[] pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = reader.getArgb(x, y);
            }
        }
        return argb;
    }
}
