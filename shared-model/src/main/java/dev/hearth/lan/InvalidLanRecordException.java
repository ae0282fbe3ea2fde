package dev.hearth.lan;

/**
 * A LAN announcement that cannot be used: a missing or garbled TXT key, or values a relay
 * could not have. The message is an English sentence naming what is wrong, never more than the
 * announcement's own short values.
 */
public final class InvalidLanRecordException extends IllegalArgumentException {

    private static final String PREFIX = "not a valid Hearth announcement: ";

    InvalidLanRecordException(String englishReason) {
        super(PREFIX + englishReason);
    }
}
