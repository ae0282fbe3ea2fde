package dev.hearth.client.attach;

import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.files.PreparedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file to send comes from: a file on disk (chosen, dropped, or copied in a file manager) or
 * a picture pasted from the clipboard. {@link #name} and {@link #size} are known at once;
 * {@link #prepare} reads, cleans and hashes it, and runs off the FX thread.
 */
public interface AttachSource {

    /** What the dialog lists before the file is ready. */
    String name();

    /** Its size as it is now, or -1 when only preparing it tells (a pasted picture). */
    long size();

    /** Reads the file, strips a picture of its metadata and makes its thumbnail. Not on the FX thread. */
    PreparedFile prepare() throws FilePreparer.NotSendable;

    /** A file on disk, sent under its own name. */
    static AttachSource file(Path path) {
        return new OnDisk(path);
    }

    /** A picture from the clipboard, sent as a PNG named {@code name}. */
    static AttachSource pasted(String name, PastedPicture picture) {
        return new Pasted(name, picture);
    }

    /** A file on disk. */
    record OnDisk(Path path) implements AttachSource {
        @Override
        public String name() {
            return path.getFileName() == null ? path.toString() : path.getFileName().toString();
        }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1; // preparing says why
            }
        }

        @Override
        public PreparedFile prepare() throws FilePreparer.NotSendable {
            return FilePreparer.prepare(path);
        }

        /** Names no content: a file's name is the user's. */
        @Override
        public String toString() {
            return "OnDisk[…]";
        }
    }

    /** A picture pasted from the clipboard: its pixels, encoded as PNG when it is prepared. */
    record Pasted(String name, PastedPicture picture) implements AttachSource {
        @Override
        public long size() {
            return -1;
        }

        @Override
        public PreparedFile prepare() throws FilePreparer.NotSendable {
            byte[] png;
            try {
                png = picture.png();
            } catch (IOException e) {
                throw new FilePreparer.NotSendable("the pasted picture could not be encoded: " + e.getMessage(), e);
            }
            return FilePreparer.picture(name, png);
        }

        /** Names no content. */
        @Override
        public String toString() {
            return "Pasted[" + picture + "]";
        }
    }
}
