package dev.hearth.client.chat;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a chat line's controls do: open a link, copy text to the clipboard; for a line the relay
 * refused, send it again, take it back into the input, or drop it; for a sent message, the
 * {@link MessageActions} (then {@code focusInput} puts the cursor in the box), the original a
 * reply quotes and scrolling to it; the "new messages" mark; the files messages carry.
 */
record LineActions(Consumer<String> openLink, Consumer<String> copy, Consumer<ChatLine.MessageLine> retry,
                   Consumer<ChatLine.MessageLine> edit, Consumer<ChatLine.MessageLine> dismiss,
                   MessageActions message, Runnable focusInput, Function<String, Optional<ChatLine.MessageLine>> quoted,
                   Consumer<String> reveal, Supplier<String> ownNick, Supplier<ChatLine.MessageLine> unreadMark,
                   FileBlock.Actions files) {

    /** Whether {@code line} is the first of those that were unread (the same message, perhaps changed since). */
    boolean marksUnread(ChatLine line) {
        ChatLine.MessageLine mark = unreadMark.get();
        return mark != null && line instanceof ChatLine.MessageLine m
                && (m == mark || mark.mid() != null && mark.mid().equals(m.mid()));
    }
}
