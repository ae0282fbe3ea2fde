package dev.hearth.client.chat;

import dev.hearth.client.emoji.EmojiRun;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.text.Font;

/** How an emoji picture sits in a message: a little taller than the letters, large when a message is only a few emoji. FX thread. */
final class EmojiPictures {

    private static final double IN_TEXT = 1.3;
    private static final double ALONE = 2.6;

    private EmojiPictures() {
    }

    /** The picture, its height following the text's font; reading it aloud says the emoji. */
    static ImageView of(Image image, String emoji, ObservableValue<Font> font, boolean large) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitHeightProperty().bind(font.map(f -> f.getSize() * (large ? ALONE : IN_TEXT)));
        view.setAccessibleText(emoji);
        view.getStyleClass().add("message-emoji");
        return view;
    }

    /** One to three emoji and nothing else but spaces, as in other chat apps. */
    static boolean drawnLarge(List<EmojiRun> pieces) {
        long emoji = pieces.stream().filter(EmojiRun.Emoji.class::isInstance).count();
        boolean nothingElse = pieces.stream().allMatch(piece -> piece instanceof EmojiRun.Emoji || piece.text().isBlank());
        return nothingElse && emoji >= 1 && emoji <= 3;
    }
}
