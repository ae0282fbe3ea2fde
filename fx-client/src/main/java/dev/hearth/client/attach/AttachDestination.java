package dev.hearth.client.attach;

import dev.hearth.client.files.PreparedFile;

/** Where the attach dialog sends: the open conversation and its relay's limits, read when needed. FX thread. */
public interface AttachDestination {

    /** "#lobby", or the other person's nick. */
    String title();

    /** The largest file the relay takes, in bytes; 0 when it takes none. */
    long maxFile();

    /** The longest caption the relay takes, in code points. */
    int maxCaption();

    /** Sends one file with its caption (null for none), answering the message being replied to, if any. */
    Result send(PreparedFile file, String caption);

    /** What became of a file handed to {@link #send}. */
    enum Result {
        SENT,
        /** No conversation is open. */
        NOWHERE,
        /** The relay takes no files. */
        NO_FILES,
        /** Larger than the relay takes. */
        TOO_LARGE,
        /** The caption is longer than the relay takes. */
        CAPTION_TOO_LONG
    }
}
