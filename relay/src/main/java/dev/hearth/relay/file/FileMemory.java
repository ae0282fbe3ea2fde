package dev.hearth.relay.file;

import dev.hearth.protocol.ProtocolDefaults;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The relay's memory for files (protocol 1.1, "Files and pictures"): uploads under way and files
 * delivered, all in the heap and never anywhere else. Each file carries a note of type {@code N}
 * from its offer to its last fetch: what the caller needs to deliver it and to tell who may fetch it. An accepted offer reserves its whole size at
 * once; a newer offer may take the room of the oldest delivered files (they are dropped, oldest
 * first), never of uploads under way. A session has at most {@value #UPLOADS_PER_OWNER} uploads
 * under way; one unfinished after {@code uploadNanos} is dropped, and a delivered file after
 * {@code lifetimeNanos}.
 *
 * <p>Blob names are handed out here; time comes from the caller, so nothing here waits or reads a
 * clock. Guarded by the router lock: not thread-safe on its own.
 */
public final class FileMemory<N> {
    /** Uploads under way per session at most; a third offer is {@code files-full}. */
    public static final int UPLOADS_PER_OWNER = ProtocolDefaults.UPLOADS_PER_SESSION;

    private final long capacityBytes;
    private final int chunkBytes;
    private final long uploadNanos;
    private final long lifetimeNanos;
    private final Map<String, Upload<N>> uploads = new HashMap<>();
    /** Delivered files, oldest first: the order they are given up in. */
    private final LinkedHashMap<String, Blob<N>> blobs = new LinkedHashMap<>();
    private long reservedBytes;
    private long nextBlob;

    /**
     * @param capacityBytes  bytes held at most, uploads under way counted at their full size
     * @param chunkBytes     bytes in every chunk but a file's last
     * @param uploadNanos    how long an upload may take
     * @param lifetimeNanos  how long a delivered file is held at most
     */
    public FileMemory(long capacityBytes, int chunkBytes, long uploadNanos, long lifetimeNanos) {
        this.capacityBytes = capacityBytes;
        this.chunkBytes = chunkBytes;
        this.uploadNanos = uploadNanos;
        this.lifetimeNanos = lifetimeNanos;
    }

    /**
     * Reserves room for a file of {@code size} bytes offered by {@code owner}, dropping the oldest
     * delivered files if that makes room: the new blob's name, or empty when the file cannot be
     * held now ({@code files-full}).
     */
    public Optional<String> offer(Object owner, long size, String sha256, N note, long now) {
        if (!couldHold(owner, size, now)) {
            return Optional.empty();
        }
        while (reservedBytes + size > capacityBytes) {
            drop(blobs.keySet().iterator().next());
        }
        String blob = "b" + (++nextBlob);
        uploads.put(blob, new Upload<>(blob, owner, size, sha256, note, now));
        reservedBytes += size;
        return Optional.of(blob);
    }

    /**
     * Whether {@link #offer} would take a file of {@code size} bytes from {@code owner} now: the
     * owner has fewer than {@value #UPLOADS_PER_OWNER} uploads under way, and uploads under way
     * leave room for it (delivered files may be given up for it).
     */
    public boolean couldHold(Object owner, long size, long now) {
        expire(now);
        long underWay = uploads.values().stream().filter(u -> u.owner.equals(owner)).count();
        return underWay < UPLOADS_PER_OWNER && size <= capacityBytes - uploadsBytes();
    }

    /**
     * Takes chunk {@code i} of {@code owner}'s upload into {@code blob}. A wrong index, bad base64
     * ({@code data} null), a chunk of the wrong length, more bytes than offered, a SHA-256 other than
     * offered, or a blob that is not the owner's upload fail it, and the upload is dropped. With its
     * last byte the file is held from {@code now}, as the caller delivers it at once.
     *
     * @param data the chunk's bytes, decoded by the caller before it took the router lock (see
     *             {@link #decode}); null when they were not base64
     */
    public ChunkResult<N> chunk(Object owner, String blob, long i, byte[] data, long now) {
        Upload<N> upload = uploads.get(blob);
        if (upload == null || !upload.owner.equals(owner)) {
            return new ChunkResult.Failed<>("there is no upload of yours into this blob");
        }
        String wrong = data == null ? "the data is not base64"
                : i != upload.nextIndex() ? "chunk " + upload.nextIndex() + " was expected, not " + i
                : upload.received() + data.length > upload.size ? "more bytes than the offer said"
                : upload.received() + data.length < upload.size && data.length != chunkBytes
                        ? "every chunk but the last holds exactly " + chunkBytes + " bytes"
                : data.length == 0 ? "an empty chunk" : null;
        if (wrong != null) {
            dropUpload(upload);
            return new ChunkResult.Failed<>(wrong);
        }
        upload.add(data);
        if (!upload.complete()) {
            return new ChunkResult.Taken<>();
        }
        uploads.remove(blob);
        if (!upload.matches()) {
            reservedBytes -= upload.size;
            return new ChunkResult.Failed<>("the bytes' SHA-256 is not the one offered");
        }
        blobs.put(blob, new Blob<>(blob, upload.size, upload.chunks, upload.note, now)); // its reservation goes with it
        return new ChunkResult.Complete<>(blob, upload.note);
    }

    /**
     * The chunks of {@code blob} covering {@code from} … {@code from + max}, or empty when it is not
     * held. {@code from} is a multiple of the chunk size (the request saw to that).
     */
    public Optional<FileWindow> window(String blob, long from, long max) {
        Blob<N> held = blobs.get(blob);
        if (held == null) {
            return Optional.empty();
        }
        long end = Math.min(held.size(), from + max);
        long first = from / chunkBytes;
        long last = end <= from ? first : (end + chunkBytes - 1) / chunkBytes;
        return Optional.of(new FileWindow(held.size(), first, last, from + max < held.size() ? from + max : null));
    }

    /** The note of a delivered file, or empty when it is not held (or still on its way in). */
    public Optional<N> note(String blob) {
        Blob<N> held = blobs.get(blob);
        return held == null ? Optional.empty() : Optional.of(held.note());
    }

    /** Chunk {@code i} of a delivered file, or null when it is not held or has no such chunk. */
    public byte[] chunkOf(String blob, long i) {
        Blob<N> held = blobs.get(blob);
        return held == null || i < 0 || i >= held.chunks().size() ? null : held.chunks().get((int) i);
    }

    /** Gives up a delivered file (its message was deleted or forgotten); nothing when not held. */
    public void drop(String blob) {
        Blob<N> held = blobs.remove(blob);
        if (held != null) {
            reservedBytes -= held.size();
        }
    }

    /** Drops {@code owner}'s uploads under way: its session ended. */
    public void dropUploadsOf(Object owner) {
        dropUploadsOf(owner, note -> true);
    }

    /** Drops those of {@code owner}'s uploads under way whose note {@code which} accepts. */
    public void dropUploadsOf(Object owner, Predicate<N> which) {
        List<Upload<N>> theirs = uploads.values().stream().filter(u -> u.owner.equals(owner) && which.test(u.note))
                .toList();
        theirs.forEach(this::dropUpload);
    }

    /** Gives a delivered file another note, keeping its place among the oldest. */
    public void renote(String blob, N note) {
        blobs.computeIfPresent(blob, (name, held) -> new Blob<>(name, held.size(), held.chunks(), note,
                held.deliveredNanos()));
    }

    /** Drops uploads older than their time and files held longer than their lifetime. */
    public void expire(long now) {
        List<Upload<N>> late = uploads.values().stream().filter(u -> now - u.startedNanos >= uploadNanos).toList();
        late.forEach(this::dropUpload);
        List<String> old = blobs.values().stream().filter(b -> now - b.deliveredNanos() >= lifetimeNanos)
                .map(Blob::blob).toList();
        old.forEach(this::drop);
    }

    /** Bytes held or reserved, uploads under way counted at their full size. */
    public long reservedBytes() {
        return reservedBytes;
    }

    private long uploadsBytes() {
        return uploads.values().stream().mapToLong(u -> u.size).sum();
    }

    private void dropUpload(Upload<N> upload) {
        if (uploads.remove(upload.blob) != null) {
            reservedBytes -= upload.size;
        }
    }

    /** A chunk's bytes from its base64, or null when it is not base64. Any thread. */
    public static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
