package dev.hearth.client.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The history file and its write-ahead journal as bytes, for tests that look for text in them or its absence. */
public final class HistoryBytes {

    private HistoryBytes() {}

    /** Both files read as ISO-8859-1, so any UTF-8 text in them is found as its bytes; a missing one reads as nothing. */
    public static String of(Path history) {
        StringBuilder all = new StringBuilder();
        for (String suffix : List.of("", "-wal")) {
            try {
                all.append(Files.readString(history.resolveSibling(history.getFileName() + suffix), StandardCharsets.ISO_8859_1));
            } catch (IOException absent) {
                // the journal exists only between checkpoints
            }
        }
        return all.toString();
    }
}
