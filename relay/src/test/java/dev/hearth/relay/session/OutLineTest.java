package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hearth.protocol.EnvelopeCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A shared body with its counter spliced in writes exactly what the codec's own stamping makes. */
class OutLineTest {
    private static final byte[] BODY = "{\"type\":\"message\",\"room\":\"lobby\",\"text\":\"héllo\"}\n"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aNumberedLineIsTheCodecsStampedLineForEveryWidthOfCounter() throws Exception {
        for (long n : new long[] {1, 9, 10, 99, 100, 123_456_789_012L, Long.MAX_VALUE}) {
            byte[] expected = EnvelopeCodec.withCounter(BODY, n);
            OutLine line = OutLine.numbered(BODY, n);
            assertEquals(expected.length, line.length(), "n=" + n);
            assertArrayEquals(expected, line.toBytes(), "n=" + n);

            byte[] target = new byte[expected.length + 7];
            assertEquals(3 + expected.length, line.copyTo(target, 3));
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(target, 3, 3 + expected.length));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            line.writeTo(out);
            assertArrayEquals(expected, out.toByteArray());
        }
    }

    @Test
    void aPlainLineGoesOutAsItIs() throws Exception {
        OutLine line = OutLine.plain(BODY);
        assertEquals(0, line.n());
        assertArrayEquals(BODY, line.toBytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line.writeTo(out);
        assertArrayEquals(BODY, out.toByteArray());
    }

    @Test
    void sessionsNumberFromOne() {
        assertThrows(IllegalArgumentException.class, () -> OutLine.numbered(BODY, 0));
    }

    @Test
    void itsTextStaysOutOfLogs() {
        assertFalse(OutLine.numbered(BODY, 5).toString().contains("llo"));
    }

    @Test
    void aHoldersOwnCostCountsTheLineInFull() {
        OutLine line = OutLine.numbered(BODY, 5);
        assertEquals(OutLine.OVERHEAD_BYTES + line.length(), line.memory());
        assertEquals(OutLine.OVERHEAD_BYTES + BODY.length, OutLine.plain(BODY).memory());
    }

    @Test
    void queuesCountASharedBodyOnceFromTheFirstHolderToTheLast() {
        SharedBody shared = SharedBody.of(BODY);
        OutLine first = OutLine.numbered(shared, 5, "m1");
        OutLine second = OutLine.numbered(shared, 123456, "m1");
        int counterOfFirst = first.length() - BODY.length;
        int counterOfSecond = second.length() - BODY.length;

        assertEquals(OutLine.OVERHEAD_BYTES + counterOfFirst + BODY.length, first.queueCharge(), "the first holder brings the body");
        assertEquals(OutLine.OVERHEAD_BYTES + counterOfSecond, second.queueCharge(), "the second only its own part");
        assertEquals(OutLine.OVERHEAD_BYTES + counterOfFirst, first.queueRelease(), "the body stays while another holds it");
        assertEquals(OutLine.OVERHEAD_BYTES + counterOfSecond + BODY.length, second.queueRelease(), "the last takes it away");
        assertEquals(OutLine.OVERHEAD_BYTES + counterOfFirst + BODY.length, first.queueCharge(), "queued again: counted again");
    }
}
