package dev.hearth.client.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.model.NameCheck;
import dev.hearth.model.NameKind;
import dev.hearth.model.NameViolation;
import dev.hearth.model.NameViolation.CharacterClass;
import dev.hearth.model.Nicknames;
import dev.hearth.model.RoomNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every way a name can be refused reads as a sentence in each language, with its details. */
class NameRuleTextTest {

    /** English words left in a Chinese sentence; "U+200B" and the like are allowed. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void englishSentencesCarryTheDetails() {
        assertEquals("A nick has at most 32 characters (this one has 40).",
                describe(Nicknames.check("x".repeat(40)), Locale.ENGLISH));
        assertEquals("A room name cannot start with \u201C#\u201D.", describe(RoomNames.check("##"), Locale.ENGLISH));
        assertEquals("A room name cannot contain control characters (U+0007 at position 2).",
                describe(RoomNames.check("a\u0007"), Locale.ENGLISH));
        assertEquals("A nick cannot be empty.", describe(Nicknames.check(""), Locale.ENGLISH));
    }

    @Test
    void everyViolationOfEitherKindIsChineseInTheChineseUi() {
        for (NameKind kind : NameKind.values()) {
            for (NameViolation violation : everyViolation()) {
                String text = NameRuleText.describe(new NameCheck.Rejected(kind, violation), Languages.SIMPLIFIED_CHINESE);
                assertTrue(text.startsWith(kind == NameKind.NICK ? "昵称" : "聊天室名"), text);
                assertFalse(ENGLISH_WORD.matcher(text).find(), () -> "English left in: " + text);
            }
        }
    }

    @Test
    void chineseSentencesCarryTheDetails() {
        assertEquals("聊天室名不能包含空格或其他空白字符（第 3 个字符 U+3000）。",
                describe(RoomNames.check("小明\u3000"), Languages.SIMPLIFIED_CHINESE));
        assertEquals("昵称不能以“@”开头。", describe(Nicknames.check("@小明"), Languages.SIMPLIFIED_CHINESE));
    }

    private static List<NameViolation> everyViolation() {
        List<NameViolation> all = new ArrayList<>(List.of(
                new NameViolation.Empty(), new NameViolation.TooLong(32, 33), new NameViolation.ForbiddenStart('/')));
        for (CharacterClass characterClass : CharacterClass.values()) {
            all.add(new NameViolation.ForbiddenCharacter(characterClass, 0x202E, 1));
        }
        return all;
    }

    private static String describe(NameCheck check, Locale locale) {
        return NameRuleText.describe((NameCheck.Rejected) check, locale);
    }
}
