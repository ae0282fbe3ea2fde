package dev.hearth.relay.file;

/** What became of an uploaded chunk. */
public sealed interface ChunkResult {
    /** Taken; more is to come. */
    record Taken() implements ChunkResult {}

    /** The last byte is in and its SHA-256 matches: the file is held, ready to be delivered as {@code blob}. */
    record Complete(String blob) implements ChunkResult {}

    /** The upload is dropped, for {@code why} (words for the {@code upload-failed} error). */
    record Failed(String why) implements ChunkResult {}
}
