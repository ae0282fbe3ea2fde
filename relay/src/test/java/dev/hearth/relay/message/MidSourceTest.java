package dev.hearth.relay.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.MessageIds;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class MidSourceTest {

    @Test
    void idsAreUniqueWellFormedAndDifferBetweenStarts() {
        Set<String> seen = new HashSet<>();
        for (int start = 0; start < 3; start++) {
            MidSource mids = new MidSource();
            for (int i = 0; i < 10_000; i++) {
                String mid = mids.next();
                assertTrue(MessageIds.fits(mid), mid);
                assertTrue(seen.add(mid), mid);
            }
        }
    }

    @Test
    void theLongestIdStillFits() {
        MidSource mids = new MidSource(RandomGenerator.of("L64X128MixRandom"));
        String first = mids.next();
        assertEquals(13, first.length(), "twelve random characters and a counter");
        assertTrue(MessageIds.fits(first + Long.toString(Long.MAX_VALUE, 36).substring(1)));
    }
}
