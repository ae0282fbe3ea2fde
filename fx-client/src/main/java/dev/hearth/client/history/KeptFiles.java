package dev.hearth.client.history;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.protocol.FileRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fetched files kept with the history, so yesterday's photo is still here after the relay forgot
 * it: in an owner-only folder beside the history file, named by their SHA-256, up to a cap the
 * user sets (the least recently used given up first when a new one arrives or the cap shrinks).
 * "Forget" takes a conversation's files with it unless another conversation still carries them,
 * and turning history off deletes them all (see {@link FileLedger}, {@link HistoryKeeper}). A kept
 * file that is missing or cut short is not kept: it is fetched again, never an error. Once the
 * user stops keeping history, files go to {@code afterwards} (a folder of this run) instead.
 *
 * <p>Asked on the FX thread ({@code MessageFiles}): the answers come from the ledger's sizes in
 * memory and one look at the file's size (as {@code RunFolder} looks); every change runs on the
 * {@link HistoryThread}.
 */
public final class KeptFiles implements FileKeeping {

    /** 500 MB: about a hundred phone photos, twice what a relay holds for everyone by default. */
    public static final long DEFAULT_CAP = 500_000_000L;
    /** A file shown over and over is marked used at most this often (each mark is a write). */
    private static final Duration USE_MARKED_EVERY = Duration.ofMinutes(1);

    private final HistoryThread history;
    private final Map<String, Long> sizes;
    private final Path folder;
    private final Clock clock;
    private final Supplier<FileKeeping> afterwards;
    private final Map<String, Instant> useMarked = new HashMap<>();
    private volatile long cap;

    private KeptFiles(HistoryThread history, FileLedger ledger, long cap, Clock clock, Supplier<FileKeeping> afterwards) {
        this.history = history;
        this.sizes = ledger.sizes();
        this.folder = ledger.folder();
        this.cap = cap;
        this.clock = clock;
        this.afterwards = afterwards;
    }

    /**
     * The files kept with {@code store}, served by {@code history}; checks what the folder holds
     * first (on the history thread, before anything else asked of it).
     *
     * @param cap        bytes to keep at most (see {@link #cap(long)})
     * @param afterwards where files go once the user stops keeping history
     */
    public static KeptFiles open(HistoryThread history, HistoryStore store, long cap, Clock clock,
                                 Supplier<FileKeeping> afterwards) {
        KeptFiles files = new KeptFiles(history, store.files(), cap, clock, afterwards);
        Instant opened = Instant.now(); // compared with the files' times on disk, not the chat's clock
        history.write(s -> s.files().check(files.cap, opened));
        return files;
    }

    @Override
    public Optional<Path> kept(String sha256) {
        if (!history.isOpen()) {
            return afterwards.get().kept(sha256);
        }
        String name = name(sha256);
        Long size = sizes.get(name);
        if (size == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        if (!hasSize(file, size)) {
            history.write(s -> s.files().lost(name));
            return Optional.empty();
        }
        markUsed(name);
        return Optional.of(file);
    }

    @Override
    public Path placeFor(String sha256) {
        return history.isOpen() ? folder.resolve(name(sha256)) : afterwards.get().placeFor(sha256);
    }

    @Override
    public void arrived(String sha256) {
        if (!history.isOpen()) {
            afterwards.get().arrived(sha256);
            return;
        }
        String name = name(sha256);
        Instant now = clock.instant();
        useMarked.put(name, now);
        long keep = cap;
        history.write(s -> s.files().arrived(name, now, keep));
    }

    /** Bytes kept at most. The file that just arrived stays even when it alone is more; the next one to arrive takes its place. */
    public long cap() {
        return cap;
    }

    /** The user set a new cap: it applies at once, the least recently used files going until the rest fit. */
    public void cap(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a cap of " + bytes + " bytes");
        }
        cap = bytes;
        history.write(s -> s.files().trim(bytes));
    }

    private void markUsed(String name) {
        Instant now = clock.instant();
        Instant marked = useMarked.get(name);
        if (marked == null || !now.isBefore(marked.plus(USE_MARKED_EVERY))) {
            useMarked.put(name, now);
            history.write(s -> s.files().used(name, now));
        }
    }

    /** Files are named by their SHA-256 in lower case; anything else is refused, so no name reaches outside the folder. */
    private static String name(String sha256) {
        FileRules.sha256(sha256);
        return sha256.toLowerCase(Locale.ROOT);
    }

    private static boolean hasSize(Path file, long size) {
        try {
            return Files.size(file) == size;
        } catch (java.io.IOException missing) {
            return false;
        }
    }
}
