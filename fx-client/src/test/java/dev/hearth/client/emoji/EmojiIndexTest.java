package dev.hearth.client.emoji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The bundled index finds every emoji a person types, whole, and leaves text alone. */
class EmojiIndexTest {

    private static final EmojiIndex INDEX = EmojiPack.bundled().index();

    @Test
    void thePackHoldsTheWholeSetWithSkinTones() {
        assertTrue(INDEX.size() > 4_000, "sequences in the pack: " + INDEX.size());
    }

    @Test
    void anEmojiInTextIsItsOwnPiece() {
        assertEquals(List.of(plain("so good "), emoji("\uD83D\uDC4D"), plain(" really")), INDEX.split("so good \uD83D\uDC4D really"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\uD83D\uDC4D\uD83C\uDFFD",                                   // 👍🏽 a skin tone
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",           // 👨‍👩‍👧 a family joined by ZWJ
        "\uD83D\uDC69\u200D\u2764\uFE0F\u200D\uD83D\uDC68",           // 👩‍❤️‍👨 a couple, with a heart
        "\uD83D\uDC69\u200D\u2764\u200D\uD83D\uDC68",                 // the same typed without U+FE0F
        "\uD83C\uDDE8\uD83C\uDDF3",                                   // 🇨🇳 a flag
        "#\uFE0F\u20E3",                                              // #️⃣ a keycap
        "\u2764\uFE0F",                                               // ❤️
        "\uD83D\uDC4D\uFE0F",                                         // 👍 with a needless U+FE0F
        "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",                       // 🏳️‍🌈
    })
    void aSequenceStaysOnePicture(String sequence) {
        assertEquals(List.of(emoji(sequence)), INDEX.split(sequence));
    }

    @Test
    void twoFlagsSideBySideAreTwoPictures() {
        assertEquals(List.of(emoji("\uD83C\uDDE8\uD83C\uDDF3"), emoji("\uD83C\uDDEB\uD83C\uDDF7")),
                INDEX.split("\uD83C\uDDE8\uD83C\uDDF3\uD83C\uDDEB\uD83C\uDDF7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u00A9 2026 Hearth",        // © is text unless asked for as emoji
        "\u2764 plain heart",        // ❤ without U+FE0F is a text heart
        "\u263A\uFE0E smiles",       // ☺︎: U+FE0E asks for text
        "#1 and 2*3",                // digits and symbols that start keycaps
        "今天天气很好",
        "",
    })
    void textIsLeftAsText(String text) {
        assertTrue(INDEX.split(text).stream().allMatch(EmojiRun.Plain.class::isInstance), () -> text + " -> " + INDEX.split(text));
    }

    @Test
    void thePiecesJoinedAreTheText() {
        String text = "ok\uD83D\uDC4D\uD83C\uDFFD\u00A9x\uD83C\uDDE8\uD83C\uDDF3\u200D\uD83C\uDF89\uD83C\uDF89!";
        assertEquals(text, INDEX.split(text).stream().map(EmojiRun::text).collect(Collectors.joining()));
    }

    /** Every sequence of the pack, alone and among text, is cut as trying every length up to ten code points cuts it. */
    @Test
    void cutsAsTryingEveryLengthWould() {
        int checked = 0;
        for (String sequence : INDEX.sequences()) {
            for (String text : List.of(sequence, "a" + sequence + "b", sequence + "\uFE0E", sequence + "\uFE0F x",
                    sequence + sequence, "12 #" + sequence + "*3", sequence.substring(0, sequence.offsetByCodePoints(0, 1)) + " 1")) {
                assertEquals(everyLength(text), INDEX.split(text), text);
                checked++;
            }
        }
        assertTrue(checked > 28_000, "texts cut: " + checked);
    }

    /** The index's rule, the slow way: at each place, the longest sequence of the pack of up to ten code points. */
    private static List<EmojiRun> everyLength(String text) {
        java.util.Set<String> sequences = INDEX.sequences();
        List<EmojiRun> runs = new java.util.ArrayList<>();
        int plainFrom = 0;
        int at = 0;
        while (at < text.length()) {
            int end = -1;
            for (int cps = 1, to = at; cps <= 10 && to < text.length(); cps++) {
                to = text.offsetByCodePoints(to, 1);
                if (sequences.contains(text.substring(at, to))) {
                    end = to;
                }
            }
            if (end >= 0 && end < text.length() && text.charAt(end) == '\uFE0E') {
                end = -1;
            }
            if (end < 0) {
                at = text.offsetByCodePoints(at, 1);
                continue;
            }
            end = end < text.length() && text.charAt(end) == '\uFE0F' ? end + 1 : end;
            if (plainFrom < at) {
                runs.add(plain(text.substring(plainFrom, at)));
            }
            runs.add(emoji(text.substring(at, end)));
            at = end;
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            runs.add(plain(text.substring(plainFrom)));
        }
        return runs;
    }

    private static EmojiRun plain(String text) {
        return new EmojiRun.Plain(text);
    }

    private static EmojiRun emoji(String text) {
        return new EmojiRun.Emoji(text);
    }
}
