package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The arithmetic bound that spares a start the encodes: never below them, so it refuses nothing the
 * encodes would accept by mistake, and close enough that the defaults never need them.
 */
class LineBudgetTest {

    private static final String[] MOTDS = {null, "", "be kind", "\u0001".repeat(4_000), "😀".repeat(2_000),
        "你好".repeat(2_000), "\"\\".repeat(3_000)};

    static List<Arguments> configurations() {
        List<Arguments> all = new ArrayList<>();
        for (int maxText : new int[] {1, 10, 500, 4_000, 10_000, 60_000}) {
            for (int maxConnections : new int[] {1, 4, 256, 5_000}) {
                for (boolean files : new boolean[] {false, true}) {
                    Arrays.stream(MOTDS).forEach(motd -> all.add(Arguments.of(maxText, maxConnections, motd, files)));
                }
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void theBoundIsNeverBelowTheLongestEncodedLine(int maxText, int maxConnections, String motd, boolean files) {
        long bound = LineBudget.upperBound(maxText, maxConnections, motd, files);
        int exact = LineBudget.requiredFrame(maxText, maxConnections, motd, files);

        assertTrue(bound >= exact, "bound " + bound + " below the encoded " + exact);
        if (motd == null) {
            // Loose only by the fixed parts' rounding; a looser bound would send common settings to the encodes.
            assertTrue(bound - exact <= 4_096, "bound " + bound + " is " + (bound - exact) + " over the encoded " + exact);
        }
    }

    @Test
    void theDefaultsAreSettledWithoutEncoding() {
        long bound = LineBudget.upperBound(RelayDefaults.MAX_TEXT, RelayDefaults.MAX_CONNECTIONS, null, true);

        assertTrue(bound <= RelayDefaults.MAX_FRAME, "bound " + bound + " over the default frame " + RelayDefaults.MAX_FRAME);
    }

    @Test
    void aFrameBelowTheBoundIsCheckedByEncodingToTheByte() {
        int maxText = 10_000;
        int exact = LineBudget.requiredFrame(maxText, 1, null, true);
        assertTrue(LineBudget.upperBound(maxText, 1, null, true) > exact, "the bound must leave this to the encodes");
        RelayConfig.Builder config = RelayConfig.builder().maxText(maxText).maxConnections(1);

        assertDoesNotThrow(() -> config.maxFrame(exact).build());
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> config.maxFrame(exact - 1).build());
        assertEquals("max frame " + (exact - 1) + " bytes is too small for max text " + maxText
                + " and max connections 1: the relay may have to send lines of up to " + exact + " bytes",
                tooSmall.getMessage());
    }
}
