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
 * Chinese must render as glyphs, not as "tofu": without a CJK font every character is drawn as
 * the same empty box, so two different characters give identical pixels. Needs a CJK font on
 * the machine ({@code .ci/run} installs {@code fonts-wqy-microhei}).
 */
@ExtendWith(ApplicationExtension.class)
class CjkRenderingTest {

    private Label small;
    private Label bright;

    @Start
    void start(Stage stage) {
        small = glyph("小");
        bright = glyph("明");
        HBox root = new HBox(8, small, bright);
        root.setStyle("-fx-background-color: white; -fx-padding: 8;");
        stage.setScene(new Scene(root));
        stage.show();
    }


    @Test
    void twoDifferentChineseCharactersLookDifferentAndNotBlank() {
        int[] first = pixels(Screenshots.snapshot(small));
        int[] second = pixels(Screenshots.snapshot(bright));
        Screenshots.write(small.getParent(), "cjk-glyphs");
        assertTrue(inked(first) && inked(second), "a character rendered as nothing at all");
        assertFalse(Arrays.equals(first, second),
                "小 and 明 render identically: no CJK font installed (install fonts-wqy-microhei)");
    }


    private static boolean inked(int[] argb) {
        return Arrays.stream(argb).anyMatch(p -> (p & 0xFFFFFF) != 0xFFFFFF);
    }
}
