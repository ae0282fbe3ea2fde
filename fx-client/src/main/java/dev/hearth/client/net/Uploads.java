package dev.hearth.client.net;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.FileOffer;
import dev.hearth.protocol.ProtocolDefaults;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The uploads under way (protocol 1.1): each is offered under its request id and, once the relay
 * answers {@code file-ready} with a blob, sent a chunk at a time, turn about with the others. A
 * new connection cannot know how far the chunks got: every upload is offered again under the same
 * id, and the relay either answers with the echo of the file it delivered already or starts that
 * upload over, so a file is delivered once. Not thread-safe: {@link Outgoing} calls it under
 * {@link SendQueue}'s lock.
 */
final class Uploads {

    /** A chunk written, and how far its upload has got with it. */
    record Piece(String id, Chunk chunk, long sentBytes, long size) {}

    /** A chunk that could not be read: its upload ends. */
    record Unreadable(String id, IOException cause) {}

    private static final class Upload {
        final String id;
        final FileOffer offer;
        final OutgoingFile file;
        String blob;
        long nextChunk;

        Upload(String id, FileOffer offer, OutgoingFile file) {
            this.id = id;
            this.offer = offer;
            this.file = file;
        }

        long chunks() {
            return (file.size() + ProtocolDefaults.CHUNK_BYTES - 1) / ProtocolDefaults.CHUNK_BYTES;
        }
    }

    private final Map<String, Upload> byId = new LinkedHashMap<>();
    /** Uploads with a blob and chunks left, in the order they take turns. */
    private final Deque<Upload> sending = new ArrayDeque<>();
    private final List<Unreadable> unreadable = new ArrayList<>();

    void add(String id, FileOffer offer, OutgoingFile file) {
        byId.put(id, new Upload(id, offer, file));
    }

    /** The relay took the offer {@code id} as {@code blob}: its chunks go out from the first. False when not ours. */
    boolean ready(String id, String blob) {
        Upload upload = byId.get(id);
        if (upload == null) {
            return false;
        }
        sending.remove(upload);
        upload.blob = blob;
        upload.nextChunk = 0;
        sending.addLast(upload);
        return true;
    }

    /** Delivered, failed or cancelled: forgotten. False when not ours. */
    boolean end(String id) {
        Upload upload = byId.remove(id);
        if (upload != null) {
            sending.remove(upload);
        }
        return upload != null;
    }

    /** Uploads offered and not ended: what the relay counts against its uploads per session. */
    int count() {
        return byId.size();
    }

    /** The upload going into {@code blob}, or null. */
    String idOfBlob(String blob) {
        for (Upload upload : byId.values()) {
            if (blob.equals(upload.blob)) {
                return upload.id;
            }
        }
        return null;
    }

    /** A new connection: every upload starts again with its offer, which is returned for writing. */
    Map<String, FileOffer> restart() {
        sending.clear();
        Map<String, FileOffer> offers = new LinkedHashMap<>();
        for (Upload upload : byId.values()) {
            upload.blob = null;
            upload.nextChunk = 0;
            offers.put(upload.id, upload.offer);
        }
        return offers;
    }

    boolean hasChunks() {
        return !sending.isEmpty();
    }

    /** Up to {@code max} chunks, one upload after another; an upload whose file cannot be read ends. */
    List<Piece> take(int max) {
        List<Piece> pieces = new ArrayList<>();
        while (pieces.size() < max && !sending.isEmpty()) {
            Upload upload = sending.pollFirst();
            long i = upload.nextChunk++;
            long offset = i * ProtocolDefaults.CHUNK_BYTES;
            int length = (int) Math.min(ProtocolDefaults.CHUNK_BYTES, upload.file.size() - offset);
            byte[] data;
            try {
                data = upload.file.bytes().read(offset, length);
            } catch (IOException e) {
                byId.remove(upload.id);
                unreadable.add(new Unreadable(upload.id, e));
                continue;
            }
            String base64 = java.util.Base64.getEncoder().encodeToString(data);
            pieces.add(new Piece(upload.id, new Chunk(upload.blob, i, base64, null), offset + length, upload.file.size()));
            if (upload.nextChunk < upload.chunks()) {
                sending.addLast(upload);
            }
        }
        return pieces;
    }

    /** Uploads that ended because their file could not be read, since last asked. */
    List<Unreadable> takeUnreadable() {
        List<Unreadable> taken = List.copyOf(unreadable);
        unreadable.clear();
        return taken;
    }
}
