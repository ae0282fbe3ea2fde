package dev.hearth.model;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The character rules nicks and room names share (contract, "Nicknames" and "Rooms"), as tables
 * both tests run: each case is a name and a word the rejection reason must contain.
 */
final class NameCases {
    private NameCases() {}

    /** Names every rule lets through, with the NFC form they are accepted as. */
    static Stream<Arguments> valid() {
        return Stream.of(
                argumentSet("ASCII", "alice", "alice"),
                argumentSet("one character", "a", "a"),
                argumentSet("Chinese, two characters", "小明", "小明"),
                argumentSet("Chinese, three characters", "王小明", "王小明"),
                argumentSet("Japanese kana", "たろう", "たろう"),
                argumentSet("Korean", "김철수", "김철수"),
                argumentSet("Arabic", "علي", "علي"),
                argumentSet("Cyrillic", "Дмитрий", "Дмитрий"),
                argumentSet("Greek", "Σωκράτης", "Σωκράτης"),
                argumentSet("emoji", "😀", "😀"),
                argumentSet("emoji with variation selector", "❤️", "❤️"),
                argumentSet("@ in the middle", "a@b", "a@b"),
                argumentSet("# in the middle", "a#b", "a#b"),
                argumentSet("/ in the middle", "a/b", "a/b"),
                argumentSet("punctuation and digits", "bob_42-x.y", "bob_42-x.y"),
                argumentSet("32 ASCII code points", "a".repeat(32), "a".repeat(32)),
                argumentSet("32 astral code points (64 UTF-16 units)", "😀".repeat(32), "😀".repeat(32)),
                argumentSet("32 CJK code points", "明".repeat(32), "明".repeat(32)),
                argumentSet("33 chars that NFC composes to 32",
                        "a".repeat(31) + "e\u0301", "a".repeat(31) + "\u00E9"),
                argumentSet("e + combining acute becomes é", "Ame\u0301lie", "Am\u00E9lie"),
                argumentSet("Hangul jamo compose to a syllable", "\u1100\u1161", "가"));
    }

    /** Names some rule refuses, with a word that names the rule. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                argumentSet("empty", "", "empty"),
                argumentSet("33 ASCII code points", "a".repeat(33), "32"),
                argumentSet("33 astral code points", "😀".repeat(33), "32"),
                argumentSet("33 code points even after NFC", "x".repeat(32) + "\u0301", "32"),
                argumentSet("ASCII space", "al ice", "whitespace"),
                argumentSet("leading space", " alice", "whitespace"),
                argumentSet("trailing space", "alice ", "whitespace"),
                argumentSet("tab", "al\tice", "whitespace"),
                argumentSet("line feed", "al\nice", "whitespace"),
                argumentSet("carriage return", "al\rice", "whitespace"),
                argumentSet("vertical tab", "al\u000Bice", "whitespace"),
                argumentSet("form feed", "al\u000Cice", "whitespace"),
                argumentSet("file separator U+001C", "al\u001Cice", "whitespace"),
                argumentSet("next line U+0085", "al\u0085ice", "whitespace"),
                argumentSet("no-break space U+00A0", "al\u00A0ice", "whitespace"),
                argumentSet("ogham space U+1680", "al\u1680ice", "whitespace"),
                argumentSet("em space U+2003", "al\u2003ice", "whitespace"),
                argumentSet("hair space U+200A", "al\u200Aice", "whitespace"),
                argumentSet("line separator U+2028", "al\u2028ice", "whitespace"),
                argumentSet("paragraph separator U+2029", "al\u2029ice", "whitespace"),
                argumentSet("narrow no-break space U+202F", "al\u202Fice", "whitespace"),
                argumentSet("medium math space U+205F", "al\u205Fice", "whitespace"),
                argumentSet("ideographic space U+3000", "小\u3000明", "whitespace"),
                argumentSet("NUL", "al\u0000ice", "control"),
                argumentSet("U+0001", "al\u0001ice", "control"),
                argumentSet("escape U+001B", "\u001B[31malice", "control"),
                argumentSet("delete U+007F", "alice\u007F", "control"),
                argumentSet("C1 control U+009B", "al\u009Bice", "control"),
                argumentSet("right-to-left override U+202E", "al\u202Eice", "format"),
                argumentSet("left-to-right override U+202D", "al\u202Dice", "format"),
                argumentSet("right-to-left embedding U+202B", "al\u202Bice", "format"),
                argumentSet("left-to-right isolate U+2066", "al\u2066ice", "format"),
                argumentSet("right-to-left isolate U+2067", "al\u2067ice", "format"),
                argumentSet("first strong isolate U+2068", "al\u2068ice", "format"),
                argumentSet("pop directional isolate U+2069", "alice\u2069", "format"),
                argumentSet("left-to-right mark U+200E", "alice\u200E", "format"),
                argumentSet("right-to-left mark U+200F", "alice\u200F", "format"),
                argumentSet("Arabic letter mark U+061C", "علي\u061C", "format"),
                argumentSet("zero-width space U+200B", "al\u200Bice", "format"),
                argumentSet("zero-width non-joiner U+200C", "al\u200Cice", "format"),
                argumentSet("zero-width joiner U+200D", "al\u200Dice", "format"),
                argumentSet("word joiner U+2060", "al\u2060ice", "format"),
                argumentSet("byte order mark U+FEFF", "\uFEFFalice", "format"),
                argumentSet("soft hyphen U+00AD", "al\u00ADice", "format"),
                argumentSet("Mongolian vowel separator U+180E", "al\u180Eice", "format"),
                argumentSet("tag character U+E0041", "alice\uDB40\uDC41", "format"),
                argumentSet("lone high surrogate in the middle", "al\uD800ice", "surrogate"),
                argumentSet("lone high surrogate at the end", "alice\uD83D", "surrogate"),
                argumentSet("lone low surrogate", "\uDE00alice", "surrogate"),
                argumentSet("swapped surrogate pair", "a\uDE00\uD83Db", "surrogate"),
                argumentSet("private use U+E000", "al\uE000ice", "private-use"),
                argumentSet("private use U+F8FF", "\uF8FF", "private-use"),
                argumentSet("private use plane 15 U+F0000", "al\uDB80\uDC00ice", "private-use"),
                argumentSet("private use plane 16 U+10FFFD", "\uDBFF\uDFFDalice", "private-use"),
                argumentSet("unassigned U+0378", "al\u0378ice", "unassigned"),
                argumentSet("noncharacter U+FFFE", "al\uFFFEice", "unassigned"),
                argumentSet("noncharacter U+FFFF", "alice\uFFFF", "unassigned"),
                argumentSet("noncharacter U+10FFFF", "alice\uDBFF\uDFFF", "unassigned"),
                argumentSet("starts with @", "@alice", "start"),
                argumentSet("starts with #", "#alice", "start"),
                argumentSet("starts with /", "/alice", "start"),
                argumentSet("only @", "@", "start"),
                argumentSet("starts with / followed by a combining mark", "/\u0301a", "start"));
    }
}
