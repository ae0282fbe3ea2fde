package dev.hearth.relay.file;

/** What became of an uploaded chunk. */
public sealed interface ChunkResult<N> {
    /** Taken; more is to come. */
    record Taken<N>() implements ChunkResult<N> {}

    /**
     * The last byte is in and its SHA-256 matches: the file is held, ready to be delivered as
     * {@code blob}, with the note it was offered with.
     */
    record Complete<N>(String blob, N note) implements ChunkResult<N> {}

    /** The upload is dropped, for {@code why} (words for the {@code upload-failed} error). */
    record Failed<N>(String why) implements ChunkResult<N> {}
}
