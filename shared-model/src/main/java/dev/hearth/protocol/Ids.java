package dev.hearth.protocol;

/**
 * The one rule every request id follows, used by the records and by the codec: at most
 * {@link Envelope#MAX_ID_LENGTH} code points, counted like message text, so an id of emoji gets
 * as many characters as an id of ASCII.
 */
final class Ids {
    private Ids() {}

    static boolean fits(String id) {
        int units = id.length();
        // Each code point takes one or two UTF-16 units, so most ids are decided without counting.
        if (units <= Envelope.MAX_ID_LENGTH) {
            return true;
        }
        return units <= 2 * Envelope.MAX_ID_LENGTH && id.codePointCount(0, units) <= Envelope.MAX_ID_LENGTH;
    }

    static void check(String id) {
        if (id != null && !fits(id)) {
            throw new IllegalArgumentException("id is longer than " + Envelope.MAX_ID_LENGTH + " characters");
        }
    }
}
