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

    private static EmojiRun plain(String text) {
        return new EmojiRun.Plain(text);
    }

    private static EmojiRun emoji(String text) {
        return new EmojiRun.Emoji(text);
    }
}
