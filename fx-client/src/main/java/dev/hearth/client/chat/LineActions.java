package dev.hearth.client.chat;

import java.util.function.Consumer;

/**
 * What a chat line's controls do: open a link, copy text to the clipboard, and for a line the
 * relay refused, send it again, take it back into the input, or drop it.
 */
record LineActions(Consumer<String> openLink, Consumer<String> copy, Consumer<ChatLine.MessageLine> retry,
                   Consumer<ChatLine.MessageLine> edit, Consumer<ChatLine.MessageLine> dismiss) {}
