package dev.hearth.client.history;

import java.util.Locale;
import java.util.Objects;

/**
 * The file a stored message carries (protocol 1.1), as its offer described it. The bytes are not
 * here: a fetched copy is kept by its SHA-256, else the relay may still have them under
 * {@code blob}.
 *
 * @param blob   the relay's handle to fetch it by (the relay forgets it in time), or null
 * @param sha256 64 hexadecimal digits, kept in lower case: the name of its kept copy
 * @param thumb  base64 of a small picture, or null
 */
public record StoredFile(String blob, String name, String mime, long size, String sha256, String thumb) {

    public StoredFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mime, "mime");
        sha256 = Objects.requireNonNull(sha256, "sha256").toLowerCase(Locale.ROOT);
    }

    /** Size and type only: the name and the thumbnail are content. */
    @Override
    public String toString() {
        return "StoredFile[" + blob + ", " + size + " bytes, " + mime + (thumb == null ? "" : ", thumb") + "]";
    }
}
