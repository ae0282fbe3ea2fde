package dev.hearth.client.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.hearth.client.testing.Glyphs.glyph;
import static dev.hearth.client.testing.Glyphs.pixels;

import dev.hearth.client.testing.Screenshots;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Emoji typed into the input box (a text control, drawn by a font) render, not as empty boxes or
 * nothing: two common emoji that the usual text fonts lack (👍, 🎉) are both drawn, and
 * differently. JavaFX on Linux draws outline fonts only (a colour bitmap font such as Noto Color
 * Emoji renders blank), so the client .deb depends on {@code fonts-symbola}; {@code .ci/run}
 * installs it. Messages draw emoji as colour pictures instead ({@code EmojiInMessagesTest}).
 */
@ExtendWith(ApplicationExtension.class)
class EmojiRenderingTest {

    private Label face;
    private Label heart;

    @Start
    void start(Stage stage) {
        face = glyph("\uD83D\uDC4D"); // 👍
        heart = glyph("\uD83C\uDF89"); // 🎉
        HBox root = new HBox(8, face, heart);
        root.setStyle("-fx-background-color: white; -fx-padding: 8;");
        stage.setScene(new Scene(root));
        stage.show();
    }


    @Test
    void twoEmojiAreDrawnAndDiffer() {
        int[] first = pixels(Screenshots.snapshot(face));
        int[] second = pixels(Screenshots.snapshot(heart));
        Screenshots.write(face.getParent(), "emoji-glyphs");
        assertTrue(inked(first) > 30 && inked(second) > 30,
                "an emoji drawn as nothing: no emoji font JavaFX can use (install fonts-symbola)");
        assertFalse(Arrays.equals(first, second), "👍 and 🎉 render identically: empty boxes (install fonts-symbola)");
    }


    /** Pixels clearly darker than the white background. */
    private static long inked(int[] argb) {
        return Arrays.stream(argb).filter(p -> ((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF) < 3 * 160).count();
    }
}
