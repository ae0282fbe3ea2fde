package dev.hearth.client.chat;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The reactions under a message: each emoji with how many reacted, who on hover, ours marked;
 * a click turns ours on or off. FX thread.
 */
final class ReactionBar {

    private ReactionBar() {}

    static FlowPane of(ChatLine.MessageLine line, String ownNick, MessageActions actions) {
        FlowPane bar = new FlowPane(4, 2);
        bar.getStyleClass().add("reactions");
        for (Map.Entry<String, List<String>> reaction : line.changes().reactions().entrySet()) {
            List<String> who = reaction.getValue();
            Button chip = EmojiButtons.of(reaction.getKey(), Integer.toString(who.size()));
            chip.getStyleClass().addAll("reaction", "small");
            if (who.contains(ownNick)) {
                chip.getStyleClass().add("own-reaction");
            }
            chip.setTooltip(new Tooltip(String.join(", ", who)));
            chip.setDisable(!actions.canReact(line));
            chip.setOnAction(e -> actions.toggleReaction(line, reaction.getKey()));
            bar.getChildren().add(chip);
        }
        return bar;
    }
}
