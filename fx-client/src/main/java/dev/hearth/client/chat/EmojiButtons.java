package dev.hearth.client.chat;

import dev.hearth.client.emoji.EmojiPack;
import dev.hearth.client.emoji.EmojiRun;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;

/** A button showing one emoji as the pack draws it (JavaFX on Linux draws emoji in one colour), its text for screen readers. FX thread. */
final class EmojiButtons {

    private static final double SIZE = 20;

    private EmojiButtons() {}

    static Button of(String emoji, String label) {
        Button button = new Button();
        EmojiPack.bundled().image(new EmojiRun.Emoji(emoji)).ifPresentOrElse(image -> {
            ImageView view = new ImageView(image);
            view.setFitHeight(SIZE);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            button.setGraphic(view);
            if (label != null) {
                button.setText(label);
            }
        }, () -> button.setText(label == null ? emoji : emoji + " " + label));
        button.setAccessibleText(emoji);
        button.setUserData(emoji);
        return button;
    }
}
