package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameReaderTest {
    private static final int DEFAULT_LIMIT = 65_536;

    /** Whole input at once, or one byte per read like a slow peer. */
    private static final List<Function<byte[], InputStream>> DELIVERIES =
            List.of(ByteArrayInputStream::new, OneBytePerRead::new);

    @Test
    void splitsLinesInOrder() throws IOException {
        for (var delivery : DELIVERIES) {
            var reader = new FrameReader(delivery.apply(bytes("{\"a\":1}\n{\"b\":2}\nlast\n")), DEFAULT_LIMIT);
            assertLine("{\"a\":1}", reader.next());
            assertLine("{\"b\":2}", reader.next());
            assertLine("last", reader.next());
            assertInstanceOf(Frame.EndOfStream.class, reader.next());
        }
    }

    @Test
    void aBurstFarLongerThanTheIdleBufferComesOutWholeAndInOrder() throws IOException {
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            burst.append("{\"type\":\"say\",\"text\":\"").append(i).append(" ").append("x".repeat(i % 300)).append("\"}\n");
        }
        for (var delivery : DELIVERIES) {
            var reader = new FrameReader(delivery.apply(bytes(burst.toString())), DEFAULT_LIMIT);
            for (int i = 0; i < 500; i++) {
                var line = assertInstanceOf(Frame.Line.class, reader.next());
                assertEquals("{\"type\":\"say\",\"text\":\"" + i + " " + "x".repeat(i % 300) + "\"}",
                        new String(line.bytes(), UTF_8));
            }
            assertInstanceOf(Frame.EndOfStream.class, reader.next());
        }
    }

    @Test
    void joinsALineSplitAcrossManyReads() throws IOException {
        String text = "{\"type\":\"say\",\"text\":\"小明 😀\"}";
        var reader = new FrameReader(new OneBytePerRead(bytes(text + "\n")), DEFAULT_LIMIT);
        assertArrayEquals(bytes(text), assertInstanceOf(Frame.Line.class, reader.next()).bytes());
    }

    @Test
    void returnsEmptyLinesAsEmptyFrames() throws IOException {
        for (var delivery : DELIVERIES) {
            var reader = new FrameReader(delivery.apply(bytes("\n\nx\n")), DEFAULT_LIMIT);
            assertLine("", reader.next());
            assertLine("", reader.next());
            assertLine("x", reader.next());
        }
    }

    @Test
    void keepsCarriageReturnWhichTheCodecReadsAsWhitespace() throws IOException {
        var reader = new FrameReader(new ByteArrayInputStream(bytes("{\"type\":\"ping\",\"id\":\"c1\"}\r\n")), DEFAULT_LIMIT);
        var line = assertInstanceOf(Frame.Line.class, reader.next());
        assertEquals('\r', line.bytes()[line.bytes().length - 1]);
        var valid = assertInstanceOf(Decoded.Valid.class, new EnvelopeCodec().decode(line.bytes()));
        assertEquals(new Ping("c1"), valid.envelope());
    }

    @Test
    void dropsPartialLastLineAtEndOfStream() throws IOException {
        for (var delivery : DELIVERIES) {
            var reader = new FrameReader(delivery.apply(bytes("whole\n{\"type\":\"pi")), DEFAULT_LIMIT);
            assertLine("whole", reader.next());
            assertInstanceOf(Frame.EndOfStream.class, reader.next());
        }
    }

    @Test
    void reportsEndOfStreamOnEmptyInput() throws IOException {
        assertInstanceOf(Frame.EndOfStream.class, new FrameReader(new ByteArrayInputStream(new byte[0]), 16).next());
    }

    /** Limits below, at and above the reader's internal buffer size. */
    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 8191, 8192, 8193, DEFAULT_LIMIT})
    void acceptsLineOfLimitMinusOneBytesPlusNewline(int limit) throws IOException {
        byte[] content = "a".repeat(limit - 1).getBytes(UTF_8);
        for (var delivery : DELIVERIES) {
            var reader = new FrameReader(delivery.apply(bytes("a".repeat(limit - 1) + "\nb\n")), limit);
            assertArrayEquals(content, assertInstanceOf(Frame.Line.class, reader.next()).bytes());
            assertLine("b", reader.next());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 8191, 8192, 8193, DEFAULT_LIMIT})
    void rejectsLineOfLimitBytesBeforeItsNewline(int limit) throws IOException {
        for (var delivery : DELIVERIES) {
            var reader = new FrameReader(delivery.apply(bytes("a".repeat(limit) + "\n")), limit);
            assertEquals(new Frame.TooLarge(limit), reader.next());
        }
    }

    /** A line longer than the limit must not slip through because one read delivered it whole. */
    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 4096})
    void rejectsOverlongLineThatArrivesInOneRead(int limit) throws IOException {
        var reader = new FrameReader(new ByteArrayInputStream(bytes("k\n" + "a".repeat(limit + 5) + "\n")), limit);
        assertLine("k", reader.next());
        assertEquals(new Frame.TooLarge(limit), reader.next());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 8192, DEFAULT_LIMIT})
    void stopsReadingAnEndlessLineAtTheLimit(int limit) {
        var endless = new EndlessLine(false);
        var frame = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new FrameReader(endless, limit).next());
        assertEquals(new Frame.TooLarge(limit), frame);
        assertTrue(endless.served <= Math.max(limit, 8192), "read " + endless.served + " bytes for a limit of " + limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 8192})
    void stopsReadingAnEndlessTrickleAtTheLimit(int limit) {
        var endless = new EndlessLine(true);
        var frame = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new FrameReader(endless, limit).next());
        assertEquals(new Frame.TooLarge(limit), frame);
        assertEquals(limit, endless.served);
    }

    /** Far more data than the internal buffer holds, so the reader must compact it many times. */
    @Test
    void readsManyLinesThroughItsBoundedBuffer() throws IOException {
        var lines = new ArrayList<String>();
        var all = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            String line = "{\"type\":\"say\",\"text\":\"" + "x".repeat(i % 37) + i + "\"}";
            lines.add(line);
            all.append(line).append('\n');
        }
        var reader = new FrameReader(new ByteArrayInputStream(bytes(all.toString())), 128);
        for (String line : lines) {
            assertLine(line, reader.next());
        }
        assertInstanceOf(Frame.EndOfStream.class, reader.next());
    }

    /** An idle connection that once sent a long line must not keep a frame-sized buffer. */
    @Test
    void readsIntoASmallBufferAgainOnceALongLineIsHandedOut() throws IOException {
        String longLine = "y".repeat(40_000);
        var stream = new LinePerRead(List.of(longLine + "\n", "short\n"));
        var reader = new FrameReader(stream, DEFAULT_LIMIT);

        assertLine(longLine, reader.next());
        assertTrue(stream.largestRead > 8192, "the buffer grew for the long line");
        stream.largestRead = 0;
        assertLine("short", reader.next());
        assertTrue(stream.largestRead <= 8192, () -> "read into " + stream.largestRead + " bytes after the long line");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1})
    void refusesALimitWithoutRoomForOneByteAndANewline(int limit) {
        assertThrows(IllegalArgumentException.class, () -> new FrameReader(new ByteArrayInputStream(new byte[0]), limit));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    private static void assertLine(String expected, Frame frame) {
        assertEquals(expected, new String(assertInstanceOf(Frame.Line.class, frame).bytes(), UTF_8));
    }

    private static final class OneBytePerRead extends InputStream {
        private final byte[] data;
        private int position;

        OneBytePerRead(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int next = read();
            if (next < 0) {
                return -1;
            }
            b[off] = (byte) next;
            return 1;
        }
    }

    /** A peer whose reads never cross from one of its lines into the next; remembers the largest read asked for. */
    private static final class LinePerRead extends InputStream {
        private final List<byte[]> lines = new ArrayList<>();
        private int position;
        int largestRead;

        LinePerRead(List<String> lines) {
            lines.forEach(line -> this.lines.add(bytes(line)));
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            largestRead = Math.max(largestRead, len);
            if (lines.isEmpty()) {
                return -1;
            }
            byte[] line = lines.getFirst();
            int n = Math.min(len, line.length - position);
            System.arraycopy(line, position, b, off, n);
            position += n;
            if (position == line.length) {
                lines.removeFirst();
                position = 0;
            }
            return n;
        }
    }

    /** A peer that sends 'a' forever and never a newline. */
    private static final class EndlessLine extends InputStream {
        private final boolean trickle;
        long served;

        EndlessLine(boolean trickle) {
            this.trickle = trickle;
        }

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = trickle ? Math.min(len, 1) : len;
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            served += n;
            return n;
        }
    }
}
