package dev.hearth.protocol;

/** The one rule every request id follows. */
final class Ids {
    private Ids() {}

    static void check(String id) {
        if (id != null && id.length() > Envelope.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id is longer than " + Envelope.MAX_ID_LENGTH + " characters");
        }
    }
}
