package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    @Test
    void replaysEverythingAfterTheLastProcessedInOrder() {
        ReplayBuffer buffer = filled(1000, 5);
        assertTrue(buffer.canReplayAfter(2, 5));
        assertEquals(List.of("3", "4", "5"), texts(buffer.after(2)));
        assertEquals(List.of(), texts(buffer.after(5)));
    }

    @Test
    void acknowledgedEnvelopesAreFreedButTheClientMayStillResumeFromThere() {
        ReplayBuffer buffer = filled(1000, 5);
        buffer.acknowledge(3);
        assertEquals(2, buffer.bytes());
        assertTrue(buffer.canReplayAfter(3, 5));
        assertFalse(buffer.canReplayAfter(2, 5), "n=3 is gone, so resuming after 2 cannot be honoured");
    }

    @Test
    void dropsTheOldestPastTheByteBoundAndRefusesResumptionsThatNeedThem() {
        ReplayBuffer buffer = filled(3, 5); // one byte per line, room for three
        assertEquals(3, buffer.bytes());
        assertEquals(List.of("3", "4", "5"), texts(buffer.after(0)));
        assertFalse(buffer.canReplayAfter(1, 5));
        assertTrue(buffer.canReplayAfter(2, 5));
    }

    @Test
    void refusesALastBeyondWhatWasSent() {
        assertFalse(filled(1000, 5).canReplayAfter(6, 5));
    }

    @Test
    void aFreshSessionCanResumeFromZero() {
        assertTrue(new ReplayBuffer(10).canReplayAfter(0, 0));
    }

    @Test
    void afterDroppingEverythingOnlyAClientThatHadItAllMayResume() {
        ReplayBuffer buffer = filled(1000, 5);
        buffer.dropAll();

        assertEquals(0, buffer.heldBytes());
        assertFalse(buffer.canReplayAfter(4, 5));
        assertTrue(buffer.canReplayAfter(5, 5));
        buffer.add(6, "6".getBytes(StandardCharsets.US_ASCII));
        assertTrue(buffer.canReplayAfter(5, 6));
        assertEquals(List.of("6"), texts(buffer.after(5)));
    }

    @Test
    void memoryHeldCountsEachLinesOverheadBesidesItsBytes() {
        ReplayBuffer buffer = filled(1000, 5);
        assertEquals(5 + 5 * ReplayBuffer.ENTRY_OVERHEAD_BYTES, buffer.heldBytes());
    }

    private static ReplayBuffer filled(long maxBytes, int count) {
        ReplayBuffer buffer = new ReplayBuffer(maxBytes);
        for (int n = 1; n <= count; n++) {
            buffer.add(n, String.valueOf(n).getBytes(StandardCharsets.US_ASCII));
        }
        return buffer;
    }

    private static List<String> texts(List<byte[]> lines) {
        return lines.stream().map(b -> new String(b, StandardCharsets.US_ASCII)).toList();
    }
}
