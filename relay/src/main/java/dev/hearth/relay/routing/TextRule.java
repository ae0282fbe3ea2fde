package dev.hearth.relay.routing;

import dev.hearth.protocol.ErrorCode;

/** The say/dm text rule: 1 to maxText code points, anything but NUL. */
final class TextRule {
    record Violation(ErrorCode code, String message) {}

    private TextRule() {}

    /** @return null when the text may be delivered */
    static Violation check(String text, int maxText) {
        if (text == null || text.isEmpty()) {
            return new Violation(ErrorCode.BAD_REQUEST, "\"text\" must be a non-empty string");
        }
        if (text.indexOf('\0') >= 0) {
            return new Violation(ErrorCode.BAD_REQUEST, "\"text\" may not contain NUL");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxText) {
            return new Violation(ErrorCode.TEXT_TOO_LONG,
                    "text has " + length + " characters; the limit is " + maxText);
        }
        return null;
    }
}
