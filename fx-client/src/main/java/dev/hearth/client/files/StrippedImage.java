package dev.hearth.client.files;

import java.util.Set;

/**
 * A picture with its metadata taken out, ready to send.
 *
 * @param kind        the format, unchanged
 * @param bytes       the new file: the same encoded pixels, no metadata but an orientation (owned
 *                    by the caller; not copied)
 * @param orientation how the picture is turned to be seen upright ({@link Orientation#NORMAL} when
 *                    the original said nothing); kept in {@code bytes} too when not normal
 * @param removed     what was taken out, empty when the picture carried nothing
 */
public record StrippedImage(ImageKind kind, byte[] bytes, Orientation orientation, Set<MetadataKind> removed) {

    public StrippedImage {
        removed = Set.copyOf(removed);
    }
}
