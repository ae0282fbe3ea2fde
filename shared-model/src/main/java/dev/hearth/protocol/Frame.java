package dev.hearth.protocol;

/** What a {@link FrameReader} hands back: one line, a line over the limit, or the end of the stream. */
public sealed interface Frame {

    /** A complete line without its terminating {@code \n}. */
    record Line(byte[] bytes) implements Frame {}

    /** A line that reached the frame limit before its {@code \n}; the stream cannot be resynchronised. */
    record TooLarge(int limit) implements Frame {}

    /** The peer closed the stream; a partial last line is dropped. */
    record EndOfStream() implements Frame {}
}
