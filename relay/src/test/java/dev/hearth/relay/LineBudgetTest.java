package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBudgetTest {

    @ParameterizedTest(name = "max text {0}, max connections {1}, files {2}")
    @CsvSource({
        "4000, 256, true", // the defaults
        "4000, 256, false",
        "1, 1, false",
        "2, 2, true",
        "3, 3, false",
        "100, 5000, false", // the member lists the longest line
        "65536, 1, true", // the text
    })
    void theExtrapolatedLongestLineIsTheOneBuiltInFull(int maxText, int maxConnections, boolean files) {
        String motd = "welcome 😀 \"home\"";
        assertEquals(LineBudget.requiredFrame(maxText, maxConnections, motd, files, LineBudget.Sizing.BUILT),
                LineBudget.requiredFrame(maxText, maxConnections, motd, files, LineBudget.Sizing.EXTRAPOLATED));
    }
}
