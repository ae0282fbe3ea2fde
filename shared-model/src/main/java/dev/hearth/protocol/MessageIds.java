package dev.hearth.protocol;

import java.util.regex.Pattern;

/**
 * The shape of a message id ({@code mid}, protocol 1.1): 1 to {@value #MAX_LENGTH} characters
 * from {@code [A-Za-z0-9_-]}. Which ids a relay knows is the relay's to say, not this rule's.
 */
public final class MessageIds {
    public static final int MAX_LENGTH = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private MessageIds() {}

    public static boolean fits(String mid) {
        return mid != null && SHAPE.matcher(mid).matches();
    }

    /** @throws IllegalArgumentException naming {@code field} when a present value has the wrong shape */
    static void checkIfPresent(String mid, String field) {
        if (mid != null && !fits(mid)) {
            throw new IllegalArgumentException("\"" + field + "\" must be a message id: 1 to " + MAX_LENGTH
                    + " letters, digits, '_' or '-'");
        }
    }

    /** @throws IllegalArgumentException naming {@code field} and {@code type} when absent or of the wrong shape */
    static void checkPresent(String mid, String field, String type) {
        Require.present(mid, "\"" + type + "\" needs \"" + field + "\": the id of a message");
        checkIfPresent(mid, field);
    }
}
