package dev.hearth.client.chat;

import dev.hearth.client.compose.Command;
import dev.hearth.client.compose.CommandParser;

/**
 * How much text a draft would send, against the relay's limit, so the input can count down near
 * the limit and refuse before sending rather than after the relay's {@code text-too-long}.
 * Counts code points, as the relay does, of the text Enter would send (the message of a
 * {@code /msg}, nothing for other commands).
 *
 * @param codePoints what the draft would send
 * @param max        the relay's {@code maxText}
 */
record DraftLength(int codePoints, int max) {

    static final DraftLength NONE = new DraftLength(0, 1);

    static DraftLength of(String draft, int max) {
        String text = switch (CommandParser.parse(draft == null ? "" : draft)) {
            case Command.Say say -> say.text();
            case Command.DirectMessage dm -> dm.text();
            default -> "";
        };
        return new DraftLength(text.codePointCount(0, text.length()), max);
    }

    /** Too long to send. */
    boolean over() {
        return codePoints > max;
    }

    /** Close enough to the limit (its last tenth) that the count is worth showing. */
    boolean nearLimit() {
        return codePoints >= max - max / 10;
    }
}
