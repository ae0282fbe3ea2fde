package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A body made when first written: counted by its promised length before, made once, never of another length. */
class SharedBodyTest {

    @Test
    void aBodyMadeLaterIsCountedBeforeItExistsAndMadeOnceWhenWritten() {
        byte[] line = "{\"type\":\"chunk\"}\n".getBytes(StandardCharsets.US_ASCII);
        AtomicInteger made = new AtomicInteger();
        SharedBody later = SharedBody.later(line.length, () -> {
            made.incrementAndGet();
            return line.clone();
        });
        OutLine numbered = OutLine.numbered(later, 7, null);
        assertEquals(line.length + ",\"n\":7".length(), numbered.length());
        assertEquals(line.length, numbered.queueCharge() - OutLine.OVERHEAD_BYTES - ",\"n\":7".length());
        assertEquals(0, made.get(), "queued and counted, not made");
        assertEquals(true, numbered.bulk(), "a body made later is a file's: chat goes ahead of it");
        assertEquals(false, OutLine.numbered(SharedBody.of(line), 8, null).bulk());
        assertArrayEquals("{\"type\":\"chunk\",\"n\":7}\n".getBytes(StandardCharsets.US_ASCII), numbered.toBytes());
        numbered.toBytes();
        assertEquals(1, made.get(), "made once");
    }

    @Test
    void aBodyOfAnotherLengthThanPromisedIsABug() {
        OutLine numbered = OutLine.numbered(SharedBody.later(10, () -> new byte[9]), 1, null);
        assertThrows(IllegalStateException.class, numbered::toBytes);
    }
}
