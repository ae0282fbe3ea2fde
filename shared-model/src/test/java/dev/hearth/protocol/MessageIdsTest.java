package dev.hearth.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"m", "m1", "A-z_0-9", "abcdefghijklmnopqrstuvwxyz012345"})
    void fitsLettersDigitsUnderscoreAndDashUpToThirtyTwo(String mid) {
        assertTrue(MessageIds.fits(mid), mid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abcdefghijklmnopqrstuvwxyz0123456", "m 1", "m.1", "m/1", "é", "m1\n", "小明"})
    void refusesAnythingElse(String mid) {
        assertFalse(MessageIds.fits(mid), mid);
    }
}
