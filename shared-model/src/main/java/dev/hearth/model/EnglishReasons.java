package dev.hearth.model;

import java.util.Locale;

/** The English sentences for name rule violations: what the relay sends in its error replies. */
final class EnglishReasons {
    private EnglishReasons() {}

    static String of(NameKind kind, NameViolation violation) {
        String what = kind.englishNoun();
        return switch (violation) {
            case NameViolation.Empty() -> "A " + what + " cannot be empty.";
            case NameViolation.TooLong(int max, int actual) ->
                    "A " + what + " has at most " + max + " characters (this one has " + actual + ").";
            case NameViolation.ForbiddenStart(int codePoint) ->
                    "A " + what + " cannot start with \"" + Character.toString(codePoint) + "\".";
            case NameViolation.ForbiddenCharacter(var characterClass, int codePoint, int position) ->
                    "A " + what + " cannot contain " + plural(characterClass)
                            + " (" + String.format(Locale.ROOT, "U+%04X", codePoint) + " at position " + position + ").";
        };
    }

    private static String plural(NameViolation.CharacterClass characterClass) {
        return switch (characterClass) {
            case WHITESPACE -> "spaces or other whitespace";
            case CONTROL -> "control characters";
            case FORMAT -> "invisible formatting characters";
            case SURROGATE -> "unpaired surrogates";
            case PRIVATE_USE -> "private-use characters";
            case UNASSIGNED -> "unassigned code points";
        };
    }
}
