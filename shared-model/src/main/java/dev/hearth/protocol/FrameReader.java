package dev.hearth.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into {@code \n}-terminated lines while never holding more than the frame
 * limit: a line that reaches the limit without a newline is reported as {@link Frame.TooLarge}
 * at that point, however long the peer goes on sending.
 *
 * <p>The buffer is small while the peer is quiet, grows to {@value #BUSY_BUFFER} bytes when a read
 * fills it (more is waiting: a burst), and further only while a long line is being read; once
 * everything read has been handed out it goes back to its idle size. Ten thousand idle
 * connections so hold half a kilobyte each, not a frame-sized buffer, nor even the 8 KiB a busy
 * one reads with.
 *
 * <p>Not thread-safe: one reader thread per connection owns it.
 */
public final class FrameReader {
    private final InputStream in;
    private final int maxFrameBytes;
    /** What a connection holds while its peer is quiet: a few lines of chat, or a ping. */
    private static final int IDLE_BUFFER = 512;
    /** What it reads with while lines keep coming. */
    private static final int BUSY_BUFFER = 8192;

    private final int capacity;
    private byte[] buffer;
    private int start;
    private int end;

    /**
     * @param maxFrameBytes the longest line accepted, counting its newline (protocol default 65536)
     */
    public FrameReader(InputStream in, int maxFrameBytes) {
        if (maxFrameBytes < 2) {
            throw new IllegalArgumentException("frame limit must allow at least one byte and a newline");
        }
        this.in = in;
        this.maxFrameBytes = maxFrameBytes;
        this.capacity = Math.max(maxFrameBytes, BUSY_BUFFER);
        this.buffer = new byte[IDLE_BUFFER];
    }

    /** Blocks until a full line, an oversize line or the end of the stream. */
    public Frame next() throws IOException {
        if (start == end && buffer.length > IDLE_BUFFER) {
            buffer = new byte[IDLE_BUFFER];
            start = 0;
            end = 0;
        }
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < end; i++) {
                if (buffer[i] == '\n') {
                    // The buffer may be larger than the limit, so one read can bring a whole overlong line.
                    if (i - start >= maxFrameBytes) {
                        return new Frame.TooLarge(maxFrameBytes);
                    }
                    byte[] line = Arrays.copyOfRange(buffer, start, i);
                    start = i + 1;
                    return new Frame.Line(line);
                }
            }
            // The newline counts towards the limit, so a line may hold at most maxFrameBytes - 1 bytes.
            if (end - start >= maxFrameBytes) {
                return new Frame.TooLarge(maxFrameBytes);
            }
            scanFrom = end;
            if (end == buffer.length) {
                compact();
                if (end == buffer.length) {
                    // Below the limit (checked above), so the capacity has room for it.
                    buffer = Arrays.copyOf(buffer, Math.min(capacity, buffer.length * 2));
                }
                scanFrom = end;
            }
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                return new Frame.EndOfStream();
            }
            end += read;
            if (end == buffer.length && buffer.length < BUSY_BUFFER) {
                buffer = Arrays.copyOf(buffer, BUSY_BUFFER); // a full read: more is on its way
            }
        }
    }

    private void compact() {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
    }
}
