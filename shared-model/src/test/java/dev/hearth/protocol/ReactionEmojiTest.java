package dev.hearth.protocol;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReactionEmojiTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "👍", "👍🏽", "❤️", "1️⃣", "🇨🇳", "🏳️‍🌈", "👩‍👩‍👧‍👦", "🧑🏻‍❤️‍💋‍🧑🏼", "好", "a", "é", "e\u0301", "ก\u0e33",
        "🫨", // Unicode 15.0
        "🙂‍↔️", // Unicode 15.1: a ZWJ sequence of its own
    })
    void acceptsOneGraphemeCluster(String emoji) {
        assertNull(ReactionEmoji.problem(emoji), emoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "👍👍", "ab", "好的", " ", "👍 ", " 👍", "\t", "\u00a0", "\u3000", "\u0007", "\u007f", "\u0085", "\n",
        "🇨🇳🇨", // a flag and half of another
    })
    void refusesEverythingElse(String emoji) {
        assertNotNull(ReactionEmoji.problem(emoji), emoji);
    }

    @org.junit.jupiter.api.Test
    void countsCodePointsNotClusters() {
        // 16 combining marks on one letter are one cluster of 17 code points: one too many.
        assertNull(ReactionEmoji.problem("a" + "\u0301".repeat(15)));
        assertNotNull(ReactionEmoji.problem("a" + "\u0301".repeat(16)));
        assertNotNull(ReactionEmoji.problem(null));
    }
}
