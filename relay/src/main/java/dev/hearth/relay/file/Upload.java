package dev.hearth.relay.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A file on its way in: what its sender offered, the chunks received so far in order, and the
 * running SHA-256 of their bytes. Guarded by its {@link FileMemory}'s owner (the router lock).
 */
final class Upload<N> {
    final String blob;
    final Object owner;
    final long size;
    final String sha256;
    final N note;
    final long startedNanos;
    final List<byte[]> chunks = new ArrayList<>();
    private final MessageDigest digest;
    private long received;

    Upload(String blob, Object owner, long size, String sha256, N note, long startedNanos) {
        this.blob = blob;
        this.owner = owner;
        this.size = size;
        this.sha256 = sha256;
        this.note = note;
        this.startedNanos = startedNanos;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    long received() {
        return received;
    }

    int nextIndex() {
        return chunks.size();
    }

    void add(byte[] chunk) {
        chunks.add(chunk);
        digest.update(chunk);
        received += chunk.length;
    }

    boolean complete() {
        return received == size;
    }

    /** Whether the bytes' SHA-256 is the offered one (case aside). Once, when complete. */
    boolean matches() {
        return HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(sha256);
    }
}
