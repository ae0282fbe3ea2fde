package dev.hearth.protocol;

import java.util.Objects;

/**
 * An invite that cannot be used, with the mistake as data so a user interface can explain it in
 * its own language; the message is the English sentence.
 */
public final class InvalidInviteException extends IllegalArgumentException {

    /** What is wrong with the pasted text. */
    public enum Mistake {
        EMPTY,
        NO_SCHEME,
        /** {@link #subject()} is the scheme that was given. */
        UNKNOWN_SCHEME,
        NO_FINGERPRINT,
        BAD_FINGERPRINT,
        PLAINTEXT_WITH_FINGERPRINT,
        IPV6_UNCLOSED,
        IPV6_UNBRACKETED,
        /** {@link #subject()} is the host that was given. */
        BAD_HOST,
        NO_PORT,
        BAD_PORT,
        /** {@link #subject()} is the query key. */
        REPEATED_KEY,
        /** {@link #subject()} is the query key. */
        GARBLED_VALUE
    }

    private static final String PREFIX = "not a valid Hearth invite: ";

    private final Mistake mistake;
    private final String subject;

    InvalidInviteException(Mistake mistake, String subject, String englishReason) {
        super(PREFIX + englishReason);
        this.mistake = Objects.requireNonNull(mistake, "mistake");
        this.subject = subject;
    }

    public Mistake mistake() {
        return mistake;
    }

    /** The part of the invite the mistake is about, or null when there is none to show. */
    public String subject() {
        return subject;
    }
}
