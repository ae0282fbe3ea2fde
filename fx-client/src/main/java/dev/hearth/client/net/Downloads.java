package dev.hearth.client.net;

import dev.hearth.protocol.Chunk;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Fetch;
import dev.hearth.protocol.Fetched;
import dev.hearth.protocol.ProtocolDefaults;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Files being fetched (protocol 1.1), one 1 MiB window at a time as the contract asks, each
 * written to a {@code .part} file beside its target as its chunks arrive and moved into place once
 * its SHA-256 is the offered one. A resumed session gets the rest of its window from the relay; a
 * fresh one asks again from where the file got to. Started from the UI thread, fed by the receive
 * thread: every method holds this object's lock.
 */
final class Downloads {
    static final long WINDOW = ProtocolDefaults.MAX_FETCH_BYTES;

    private final Consumer<Envelope> send;
    private final Consumer<ClientEvent> report;
    private final Map<String, Download> byBlob = new HashMap<>();

    /**
     * @param send   queues a request to the relay
     * @param report told how each file gets on
     */
    Downloads(Consumer<Envelope> send, Consumer<ClientEvent> report) {
        this.send = send;
        this.report = report;
    }

    private static final class Download {
        final String blob;
        final long size;
        final String sha256;
        final Path target;
        final Path part;
        final FileChannel out;
        final MessageDigest digest;
        long received;

        Download(String blob, long size, String sha256, Path target) throws IOException {
            this.blob = blob;
            this.size = size;
            this.sha256 = sha256;
            this.target = target;
            this.part = target.resolveSibling(target.getFileName() + ".part");
            this.out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }

    /** Starts fetching {@code blob} into {@code target}; nothing when it is being fetched already. */
    synchronized void start(String blob, long size, String sha256, Path target) {
        if (byBlob.containsKey(blob)) {
            return;
        }
        Download download;
        try {
            download = new Download(blob, size, sha256, target);
        } catch (IOException e) {
            report.accept(new ClientEvent.FetchFailed(blob, ClientEvent.FetchFailed.UNWRITABLE, e.getMessage()));
            return;
        }
        byBlob.put(blob, download);
        askFrom(download, 0);
    }

    /** A chunk of a window: written, unless it is not the one expected (the file is then given up). */
    synchronized void chunk(Chunk chunk) {
        Download download = byBlob.get(chunk.blob());
        if (download == null) {
            return; // cancelled meanwhile
        }
        if (chunk.i() * ProtocolDefaults.CHUNK_BYTES != download.received) {
            fail(download, ClientEvent.FetchFailed.CORRUPT, "chunk " + chunk.i() + " came out of order");
            return;
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(chunk.data());
        } catch (IllegalArgumentException notBase64) {
            fail(download, ClientEvent.FetchFailed.CORRUPT, "a chunk was not base64");
            return;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                download.out.write(buffer, download.received + buffer.position());
            }
        } catch (IOException e) {
            fail(download, ClientEvent.FetchFailed.UNWRITABLE, e.getMessage());
            return;
        }
        download.digest.update(data);
        download.received += data.length;
        report.accept(new ClientEvent.FetchProgress(download.blob, download.received, download.size));
    }

    /** A window is complete: the next is asked for, or the file is checked and moved into place. */
    synchronized void fetched(Fetched fetched) {
        Download download = byBlob.get(fetched.blob());
        if (download == null) {
            return;
        }
        if (fetched.next() != null) {
            askFrom(download, fetched.next());
            return;
        }
        String sha = HexFormat.of().formatHex(download.digest.digest());
        if (download.received != download.size || !sha.equalsIgnoreCase(download.sha256)) {
            fail(download, ClientEvent.FetchFailed.CORRUPT, "the file's bytes are not the ones offered");
            return;
        }
        byBlob.remove(download.blob);
        try {
            download.out.force(true);
            download.out.close();
            Files.move(download.part, download.target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deletePart(download);
            report.accept(new ClientEvent.FetchFailed(download.blob, ClientEvent.FetchFailed.UNWRITABLE, e.getMessage()));
            return;
        }
        report.accept(new ClientEvent.FetchDone(download.blob, download.target));
    }

    /** The relay refused a fetch of {@code blob} ({@code no-such-file}); true when it was ours. */
    synchronized boolean refused(String blob, String code, String detail) {
        Download download = byBlob.get(blob);
        if (download != null) {
            fail(download, code, detail);
        }
        return download != null;
    }

    /** Stops fetching {@code blob} and removes what came of it. */
    synchronized void cancel(String blob) {
        Download download = byBlob.remove(blob);
        if (download != null) {
            deletePart(download);
        }
    }

    /**
     * Logged in again. A resumed session gets the rest of its windows from the relay; a fresh one
     * lost them, and asks again from where each file got to.
     */
    synchronized void loggedIn(boolean resumed) {
        if (!resumed) {
            for (Download download : new ArrayList<>(byBlob.values())) {
                askFrom(download, download.received);
            }
        }
    }

    /** The session ended for good: every file being fetched is given up. */
    synchronized void stopAll() {
        List<Download> all = new ArrayList<>(byBlob.values());
        byBlob.clear();
        all.forEach(Downloads::deletePart);
    }

    private void askFrom(Download download, long from) {
        send.accept(new Fetch(download.blob, from, WINDOW, null));
    }

    private void fail(Download download, String code, String detail) {
        byBlob.remove(download.blob);
        deletePart(download);
        report.accept(new ClientEvent.FetchFailed(download.blob, code, detail));
    }

    private static void deletePart(Download download) {
        try {
            download.out.close();
            Files.deleteIfExists(download.part);
        } catch (IOException e) {
            // Left behind, the .part file is overwritten by the next fetch of the same file.
        }
    }
}
