package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.hearth.client.testing.Glyphs.pixels;

import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.Screenshots;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Emoji in a message are drawn in colour, the size of the text around them (large when a message
 * is only a few emoji), and selecting and copying still gives the message's exact characters.
 */
@ExtendWith(ApplicationExtension.class)
class EmojiInMessagesTest {

    private static final String LINE = "so good \uD83D\uDC4D\uD83C\uDFFD really \uD83C\uDF89";

    private SelectableText line;
    private SelectableText alone;

    @Start
    void start(Stage stage) {
        TextSelections selections = new TextSelections();
        line = new SelectableText(LINE, selections, url -> {});
        alone = new SelectableText("\uD83C\uDF89", selections, url -> {});
        VBox root = new VBox(8, line.node(), alone.node());
        root.setStyle("-fx-background-color: white; -fx-padding: 8; -fx-font-size: 14px;");
        stage.setScene(new Scene(root, 300, 120));
        stage.show();
    }

    @Test
    void emojiAreColourPicturesTheSizeOfTheText() {
        List<ImageView> pictures = ChatWindow.fx(() -> pictures(line.node().getChildren()));
        assertEquals(List.of("\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDF89"), pictures.stream().map(Node::getAccessibleText).toList());
        Screenshots.write(line.node().getParent(), "emoji-in-messages");
        double fontSize = ChatWindow.fx(() -> line.node().getChildren().stream().filter(Text.class::isInstance)
                .mapToDouble(n -> ((Text) n).getFont().getSize()).max().orElseThrow());
        double emojiHeight = ChatWindow.fx(() -> pictures.getFirst().getBoundsInLocal().getHeight());
        assertTrue(emojiHeight > 1.1 * fontSize && emojiHeight < 1.6 * fontSize, emojiHeight + " px emoji in " + fontSize + " px text");

        int[] drawn = pixels(Screenshots.snapshot(line.node()));
        long coloured = Arrays.stream(drawn).filter(EmojiInMessagesTest::saturated).count();
        assertTrue(coloured > 100, "colour pixels in a line with two emoji: " + coloured);
    }

    @Test
    void aMessageOfOnlyEmojiIsDrawnLarge() {
        double inLine = ChatWindow.fx(() -> pictures(line.node().getChildren()).getLast().getBoundsInLocal().getHeight());
        double large = ChatWindow.fx(() -> pictures(alone.node().getChildren()).getFirst().getBoundsInLocal().getHeight());
        assertTrue(large > 1.8 * inLine, large + " px alone, " + inLine + " px in a line");
    }

    @Test
    void aSelectionTakesAnEmojiWholeAndCopiesItsCharacters() {
        ChatWindow.fx(() -> {
            line.select(0, LINE.length());
            return null;
        });
        assertEquals(LINE, line.selectedText());
        int insideSkinTone = LINE.indexOf('\uD83C'); // between 👍 and its skin tone
        ChatWindow.fx(() -> {
            line.select(3, insideSkinTone);
            return null;
        });
        assertEquals("good ", line.selectedText(), "a selection ending inside an emoji stops before it");
        ChatWindow.fx(() -> {
            line.select(3, LINE.indexOf(" really"));
            return null;
        });
        assertEquals("good \uD83D\uDC4D\uD83C\uDFFD", line.selectedText());
    }

    private static List<ImageView> pictures(List<Node> children) {
        return children.stream().filter(ImageView.class::isInstance).map(ImageView.class::cast).toList();
    }

    /** A clearly coloured pixel: grey text and a white background are not. */
    private static boolean saturated(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80;
    }
}
