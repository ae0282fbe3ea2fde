package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.chat.FoundWords.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoundWordsTest {

    @Test
    void findsEveryTermInAnyCaseWhereItStandsAndJoinsOverlaps() {
        // "the" also occurs inside each "weather": one mark each, not two on top of each other.
        assertEquals(List.of(new Range(0, 7), new Range(17, 20), new Range(21, 28)),
                FoundWords.in("Weather is fine, the WEATHER", List.of("weather", "the")));
    }

    @Test
    void marksAChineseSubstring() {
        assertEquals(List.of(new Range(2, 4)), FoundWords.in("今天天气很好", List.of("天气")));
    }

    @Test
    void aFoldThatChangesLengthStillMarksTheCharactersAsWritten() {
        assertEquals(List.of(new Range(3, 9)), FoundWords.in("Gr Straße", List.of("strasse")));
        assertEquals(List.of(new Range(0, 3)), FoundWords.in("ＡＢＣ!", List.of("abc")));
    }

    @Test
    void anEmojiBeforeAHitDoesNotShiftIt() {
        assertEquals(List.of(new Range(3, 6)), FoundWords.in("😀 cat", List.of("cat")));
    }

    @Test
    void nothingToMarkWithoutTermsTextOrAHit() {
        assertEquals(List.of(), FoundWords.in("hello", List.of()));
        assertEquals(List.of(), FoundWords.in("", List.of("a")));
        assertEquals(List.of(), FoundWords.in("hello", List.of("zq")));
    }
}
