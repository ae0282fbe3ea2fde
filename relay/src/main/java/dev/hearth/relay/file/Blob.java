package dev.hearth.relay.file;

import java.util.List;

/**
 * A file delivered and held for fetching: its chunks (each {@code chunk} bytes, the last the
 * rest), the note it was offered with, and when it was delivered, for its lifetime. Immutable.
 */
record Blob<N>(String blob, long size, List<byte[]> chunks, N note, long deliveredNanos) {
    Blob {
        chunks = List.copyOf(chunks);
    }
}
