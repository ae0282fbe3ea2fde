package dev.hearth.model;

/**
 * Which name rule a rejected nick or room name broke, with the details a person needs to fix it.
 * Structured rather than a sentence so that a user interface can say it in its own language;
 * {@link NameCheck.Rejected#reason()} is the English sentence the relay sends.
 */
public sealed interface NameViolation {

    record Empty() implements NameViolation {}

    /** @param codePoints the length after NFC normalisation, in code points */
    record TooLong(int maxCodePoints, int codePoints) implements NameViolation {}

    /** The name starts with {@code @}, {@code #} or {@code /}, which read as commands or mentions. */
    record ForbiddenStart(int codePoint) implements NameViolation {}

    /** @param position 1-based, counted in code points of the NFC form */
    record ForbiddenCharacter(CharacterClass characterClass, int codePoint, int position) implements NameViolation {}

    /** The kinds of code point no name may contain. */
    enum CharacterClass { WHITESPACE, CONTROL, FORMAT, SURROGATE, PRIVATE_USE, UNASSIGNED }
}
