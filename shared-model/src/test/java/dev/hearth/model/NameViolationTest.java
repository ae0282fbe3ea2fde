package dev.hearth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.hearth.model.NameViolation.CharacterClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A rejection says which rule in a form a user interface can translate, not only in English. */
class NameViolationTest {

    @ParameterizedTest
    @MethodSource("dev.hearth.model.NameCases#invalid")
    void nicksAndRoomsBreakTheSameStructuredRule(String raw, String ruleWord) {
        var nick = assertInstanceOf(NameCheck.Rejected.class, Nicknames.check(raw));
        var room = assertInstanceOf(NameCheck.Rejected.class, RoomNames.check(raw));
        assertEquals(NameKind.NICK, nick.kind());
        assertEquals(NameKind.ROOM, room.kind());
        assertEquals(nick.violation(), room.violation());
        assertEquals(ruleWord, wordFor(nick.violation()), () -> raw + " broke " + nick.violation());
    }

    @Test
    void detailsAreThoseOfTheNormalisedName() {
        assertEquals(new NameViolation.TooLong(32, 33), violation("x".repeat(32) + "\u0301"));
        assertEquals(new NameViolation.ForbiddenStart('#'), violation("#alice"));
        assertEquals(new NameViolation.ForbiddenCharacter(CharacterClass.WHITESPACE, ' ', 3), violation("al ice"));
        assertEquals(new NameViolation.ForbiddenCharacter(CharacterClass.FORMAT, 0x200B, 3), violation("😀😀\u200B"));
        assertEquals(new NameViolation.Empty(), violation(null));
    }

    @Test
    void englishReasonNamesTheKindAndTheDetails() {
        assertEquals("A room name cannot contain spaces or other whitespace (U+0020 at position 3).",
                ((NameCheck.Rejected) RoomNames.check("al ice")).reason());
        assertEquals("A nick has at most 32 characters (this one has 33).",
                ((NameCheck.Rejected) Nicknames.check("a".repeat(33))).reason());
    }

    private static NameViolation violation(String raw) {
        return assertInstanceOf(NameCheck.Rejected.class, Nicknames.check(raw)).violation();
    }

    /** The rule word of {@link NameCases#invalid()} each violation stands for. */
    private static String wordFor(NameViolation violation) {
        return switch (violation) {
            case NameViolation.Empty() -> "empty";
            case NameViolation.TooLong(int max, int ignored) -> String.valueOf(max);
            case NameViolation.ForbiddenStart(int ignored) -> "start";
            case NameViolation.ForbiddenCharacter(var characterClass, int cp, int position) -> switch (characterClass) {
                case WHITESPACE -> "whitespace";
                case CONTROL -> "control";
                case FORMAT -> "format";
                case SURROGATE -> "surrogate";
                case PRIVATE_USE -> "private-use";
                case UNASSIGNED -> "unassigned";
            };
        };
    }
}
