package dev.hearth.client.chat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The messages replies quote: a shown one, else one this computer kept, fetched once from the
 * history (the replies are drawn again when it arrives). FX thread.
 */
final class Quotes {

    private final KeptHistory history;
    private final String deletedWords;
    private final Map<String, ChatLine.MessageLine> fetched = new HashMap<>();
    private final Set<String> asked = new HashSet<>();

    /** @param history the history, or null when none is kept */
    Quotes(KeptHistory history, String deletedWords) {
        this.history = history;
        this.deletedWords = deletedWords;
    }

    /** The message {@code mid} of {@code conversation}, if shown or kept; empty while it is being fetched. */
    Optional<ChatLine.MessageLine> of(Conversation conversation, String mid) {
        Optional<ChatLine.MessageLine> shown = conversation.find(mid);
        if (shown.isPresent() || history == null) {
            return shown;
        }
        ChatLine.MessageLine kept = fetched.get(mid);
        if (kept != null) {
            return Optional.of(kept);
        }
        if (asked.add(mid)) {
            history.original(conversation, mid, stored -> {
                if (stored != null) {
                    fetched.put(mid, KeptHistory.line(stored, deletedWords));
                    conversation.redrawRepliesTo(mid);
                }
            });
        }
        return Optional.empty();
    }
}
