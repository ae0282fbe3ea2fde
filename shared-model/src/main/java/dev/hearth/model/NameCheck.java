package dev.hearth.model;

/** The verdict on a proposed nick or room name. */
public sealed interface NameCheck {

    /**
     * @param name the name as it will be shown and sent: NFC-normalised
     * @param key  what two names are compared by; equal keys mean "the same name"
     */
    record Accepted(String name, String key) implements NameCheck {}

    /** @param kind whether a nick or a room name was refused */
    record Rejected(NameKind kind, NameViolation violation) implements NameCheck {

        /** A sentence a person can act on, naming the rule that was broken (English). */
        public String reason() {
            return EnglishReasons.of(kind, violation);
        }
    }
}
