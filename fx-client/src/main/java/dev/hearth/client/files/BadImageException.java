package dev.hearth.client.files;

/**
 * A file that claims to be a picture but is not well formed (cut short, a length pointing past the
 * end, a wrong checksum), or one the decoder cannot read. The message says what and where, in
 * English, for logs and bug reports; the UI shows its own words and can still offer the file as a
 * plain attachment.
 */
public final class BadImageException extends Exception {

    public BadImageException(String message) {
        super(message);
    }

    public BadImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
