package dev.hearth.client.files;

import dev.hearth.client.net.OutgoingFile;
import java.util.Set;

/**
 * A file made ready to send: what will be offered, and what the sender is shown before sending.
 *
 * @param file      the offer and its bytes (a picture's without its metadata)
 * @param picture   the picture's thumbnail (also in {@code file}), or null for any other file
 * @param removed   what was taken out of a picture before sending (location, camera details, …)
 */
public record PreparedFile(OutgoingFile file, Thumbnail picture, Set<MetadataKind> removed) {

    public PreparedFile {
        removed = Set.copyOf(removed);
    }

    /** Names no content: size and type only. */
    @Override
    public String toString() {
        return "PreparedFile[" + file + (picture == null ? "" : ", picture") + ", removed " + removed + "]";
    }
}
