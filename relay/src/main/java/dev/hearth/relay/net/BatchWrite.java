package dev.hearth.relay.net;

import dev.hearth.relay.session.OutLine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one batch of an {@link Outbox} with one flush: short lines gathered into writes of up to
 * {@value #CHUNK_BYTES} bytes, so a batch leaves in few system calls (and, over TLS, few records).
 * The gathering buffer lives only as long as the batch, sized to it: a long-lived 64 KiB buffer
 * per connection would cost 20 MiB for 320 connections that are mostly idle.
 */
final class BatchWrite {
    static final int CHUNK_BYTES = 64 * 1024;

    private BatchWrite() {
    }

    /** @param batchBytes the lines' bytes together */
    static void write(OutputStream out, List<QueuedLine> batch, long batchBytes) throws IOException {
        byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, batchBytes)];
        int used = 0;
        for (QueuedLine queued : batch) {
            OutLine line = queued.line();
            int length = line.length();
            if (used + length > chunk.length && used > 0) {
                out.write(chunk, 0, used);
                used = 0;
            }
            if (length > chunk.length) {
                line.writeTo(out);
            } else {
                used = line.copyTo(chunk, used);
            }
        }
        if (used > 0) {
            out.write(chunk, 0, used);
        }
        out.flush();
    }
}
