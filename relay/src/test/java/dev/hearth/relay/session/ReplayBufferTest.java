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
        assertEquals(List.of(3L, 4L, 5L), numbers(buffer.after(2)));
        assertEquals(List.of(), numbers(buffer.after(5)));
    }

    @Test
    void acknowledgedEnvelopesAreFreedButTheClientMayStillResumeFromThere() {
        ReplayBuffer buffer = filled(1000, 5);
        buffer.acknowledge(3);
        assertEquals(2 * LINE_BYTES, buffer.bytes());
        assertTrue(buffer.canReplayAfter(3, 5));
        assertFalse(buffer.canReplayAfter(2, 5), "n=3 is gone, so resuming after 2 cannot be honoured");
    }

    @Test
    void dropsTheOldestPastTheByteBoundAndRefusesResumptionsThatNeedThem() {
        ReplayBuffer buffer = filled(3 * LINE_BYTES, 5); // room for three
        assertEquals(3 * LINE_BYTES, buffer.bytes());
        assertEquals(List.of(3L, 4L, 5L), numbers(buffer.after(0)));
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
        buffer.add(line(6));
        assertTrue(buffer.canReplayAfter(5, 6));
        assertEquals(List.of(6L), numbers(buffer.after(5)));
    }

    @Test
    void memoryHeldCountsEachLinesOverheadBesidesItsBytes() {
        ReplayBuffer buffer = filled(1000, 5);
        assertEquals(5 * LINE_BYTES + 5 * OutLine.OVERHEAD_BYTES, buffer.heldBytes());
    }

    @Test
    void addingSaysHowMuchTheMemoryHeldChanged() {
        ReplayBuffer buffer = filled(3 * LINE_BYTES, 2);
        long before = buffer.heldBytes();
        assertEquals(LINE_BYTES + OutLine.OVERHEAD_BYTES, buffer.add(line(3)), "room for it: its whole cost");
        assertEquals(before + LINE_BYTES + OutLine.OVERHEAD_BYTES, buffer.heldBytes());
        assertEquals(0, buffer.add(line(4)), "full: the oldest line went as this one came");
        assertEquals(3 * (LINE_BYTES + OutLine.OVERHEAD_BYTES), buffer.heldBytes());
    }

    @Test
    void theLinesKeptAreTheBodiesAsSentNotCopies() {
        byte[] body = "{\"type\":\"ping\"}\n".getBytes(StandardCharsets.US_ASCII);
        ReplayBuffer buffer = new ReplayBuffer(1000);
        buffer.add(OutLine.numbered(body, 7));
        assertEquals("{\"type\":\"ping\",\"n\":7}\n",
                new String(buffer.after(0).getFirst().toBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void aDeletedMessagesLinesKeepTheirPlaceAndNumbersButLoseTheirBody() {
        byte[] secret = "{\"t\":\"hunter2\",\"mid\":\"m1\"}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] gone = "{\"mid\":\"m1\"}\n".getBytes(StandardCharsets.US_ASCII);
        ReplayBuffer buffer = new ReplayBuffer(1000);
        buffer.add(line(1));
        buffer.add(OutLine.numbered(SharedBody.of(secret), 2, "m1"));
        buffer.add(line(3));
        buffer.add(OutLine.numbered(SharedBody.of(secret), 4, "m2"));
        long before = buffer.bytes();

        buffer.redact("m1", gone);

        assertEquals(List.of(1L, 2L, 3L, 4L), numbers(buffer.after(0)));
        assertEquals("{\"mid\":\"m1\",\"n\":2}\n", new String(buffer.after(1).getFirst().toBytes(), StandardCharsets.US_ASCII));
        assertEquals("m1", buffer.after(1).getFirst().mid());
        assertTrue(new String(buffer.after(3).getFirst().toBytes(), StandardCharsets.US_ASCII).contains("hunter2"),
                "another message keeps its text");
        assertEquals(before - (secret.length - gone.length), buffer.bytes());
        assertEquals(buffer.bytes() + 4 * OutLine.OVERHEAD_BYTES, buffer.heldBytes());
    }

    /** A numbered line of {@value #LINE_BYTES} bytes (n below 10). */
    private static final int LINE_BYTES = "{\"t\":0,\"n\":1}\n".length();

    private static OutLine line(long n) {
        return OutLine.numbered("{\"t\":0}\n".getBytes(StandardCharsets.US_ASCII), n);
    }

    private static ReplayBuffer filled(long maxBytes, int count) {
        ReplayBuffer buffer = new ReplayBuffer(maxBytes);
        for (int n = 1; n <= count; n++) {
            buffer.add(line(n));
        }
        return buffer;
    }

    private static List<Long> numbers(List<OutLine> lines) {
        return lines.stream().map(OutLine::n).toList();
    }
}
