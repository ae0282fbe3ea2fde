package dev.hearth.client.net;

import dev.hearth.protocol.FileRules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file ready to be offered (protocol 1.1): what its offer says, and where its bytes are read
 * from, a chunk at a time, as the upload goes. Its SHA-256 and thumbnail are worked out before, off
 * the UI thread, by whoever prepares it (pictures are also stripped of their metadata then).
 *
 * @param thumb base64 of at most 16 KiB, or null
 */
public record OutgoingFile(String name, String mime, long size, String sha256, String thumb, Bytes bytes) {

    /** Where the bytes come from. */
    @FunctionalInterface
    public interface Bytes {
        /** {@code length} bytes from {@code offset}, which the file holds. */
        byte[] read(long offset, int length) throws IOException;
    }

    public OutgoingFile {
        FileRules.name(name);
        FileRules.mime(mime);
        FileRules.size(size);
        FileRules.sha256(sha256);
        FileRules.thumb(thumb);
    }

    /** A file held in memory, such as a picture stripped of its metadata. */
    public static OutgoingFile ofBytes(String name, String mime, byte[] content, String sha256, String thumb) {
        byte[] own = content.clone();
        return new OutgoingFile(name, mime, own.length, sha256, thumb,
                (offset, length) -> Arrays.copyOfRange(own, (int) offset, (int) offset + length));
    }

    /** A file read from disk as it is sent; it must not change meanwhile (its SHA-256 would not match). */
    public static OutgoingFile ofPath(String name, String mime, Path path, long size, String sha256, String thumb) {
        return new OutgoingFile(name, mime, size, sha256, thumb, (offset, length) -> {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.allocate(length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position()) < 0) {
                        throw new IOException("the file is shorter than when it was offered");
                    }
                }
                return buffer.array();
            }
        });
    }

    /** Size and type only: the name is content the user chose. */
    @Override
    public String toString() {
        return "OutgoingFile[" + size + " bytes, " + mime + (thumb == null ? "" : ", thumb") + "]";
    }
}
