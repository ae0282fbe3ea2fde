package dev.hearth.client.history;

import dev.hearth.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The fetched files kept with the history: each in the folder beside the history file
 * ({@link HistoryFile#filesFolder}) under its SHA-256 in lower case, and a row of the
 * {@code kept_file} table with its size and when it was last used. A file no stored message
 * carries any more (its conversation forgotten, its message deleted) goes; past the cap the least
 * recently used go first, but never the file that just arrived. A file that is missing, or not
 * the size it arrived with, is not kept: its row goes and it is fetched again when asked for.
 * What a change does to the folder waits until its transaction commits, so a rolled-back forget
 * deletes no file. History thread only, but for {@link #sizes()} and {@link #folder()}, which any
 * thread may read.
 */
final class FileLedger {

    private static final System.Logger LOG = System.getLogger(FileLedger.class.getName());
    /** A file written this shortly before the history opened may be a fetch of this run (a file system's clock is coarse). */
    private static final Duration STRAY_MARGIN = Duration.ofSeconds(10);

    private final HistoryStore store;
    private final Path folder;
    /** What the ledger holds, by SHA-256: kept in step after each commit, for any thread to read. */
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private final Map<String, Long> sizesView = Collections.unmodifiableMap(sizes);
    private final List<Runnable> afterCommit = new ArrayList<>();

    FileLedger(HistoryStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /** The folder the files are in. Any thread. */
    Path folder() {
        return folder;
    }

    /** The files kept, by SHA-256, with the size each arrived with. Any thread; read-only. */
    Map<String, Long> sizes() {
        return sizesView;
    }

    // ---- the keeper's work

    /**
     * At start: the rows whose file is here whole are kept, the others go; whatever else the
     * folder held before {@code opened} (a fetch cut off by a crash) is removed; files no message
     * carries go; then the cap.
     *
     * @param opened when the history opened, by this computer's clock: a file written since is a fetch of this run
     */
    void check(long cap, Instant opened) throws SQLException {
        store.inTransaction(() -> {
            int damaged = 0;
            for (Map.Entry<String, Long> row : rows().entrySet()) {
                if (whole(row.getKey(), row.getValue())) {
                    String sha = row.getKey();
                    long size = row.getValue();
                    afterCommit.add(() -> sizes.put(sha, size));
                } else {
                    drop(row.getKey());
                    damaged++;
                }
            }
            letGoUnreferenced();
            trimTo(cap, null);
            afterCommit.add(() -> removeStrays(opened.minus(STRAY_MARGIN)));
            if (damaged > 0) {
                LOG.log(System.Logger.Level.WARNING, "{0} kept file(s) were missing or cut short; they are fetched again when shown", damaged);
            }
            return null;
        });
    }

    /** The file {@code sha256} is complete in the folder: it is kept, used now, and older files make room for it. */
    void arrived(String sha256, Instant at, long cap) throws SQLException {
        Path file = folder.resolve(sha256);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException gone) {
            return; // the folder was erased under the fetch (history turned off): nothing to keep
        }
        try {
            OwnerOnlyFiles.restrictToOwner(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "a kept file could not be made owner-only ({0}); its folder is", e.getClass().getSimpleName());
        }
        store.inTransaction(() -> {
            try (PreparedStatement s = store.prepare(
                    "INSERT INTO kept_file (sha256, size, used) VALUES (?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, used = excluded.used")) {
                s.setString(1, sha256);
                s.setLong(2, size);
                s.setLong(3, at.toEpochMilli());
                s.executeUpdate();
            }
            afterCommit.add(() -> sizes.put(sha256, size));
            trimTo(cap, sha256);
            return null;
        });
    }

    /** The file {@code sha256} was used (shown, saved) at {@code at}: it is given up later. */
    void used(String sha256, Instant at) throws SQLException {
        store.inTransaction(() -> {
            try (PreparedStatement s = store.prepare("UPDATE kept_file SET used = ? WHERE sha256 = ? AND used < ?")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, sha256);
                s.setLong(3, at.toEpochMilli());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The user set a new cap: the least recently used files go until the rest fit. */
    void trim(long cap) throws SQLException {
        store.inTransaction(() -> {
            trimTo(cap, null);
            return null;
        });
    }

    /** The file {@code sha256} was found missing or cut short: it is no longer kept, unless it is whole again (fetched anew). */
    void lost(String sha256) throws SQLException {
        store.inTransaction(() -> {
            Long size = rows().get(sha256);
            if (size != null && !whole(sha256, size)) {
                drop(sha256);
            }
            return null;
        });
    }

    /** The user stopped keeping history: every kept file and the folder go (the history file goes next). */
    void eraseAll() {
        sizes.clear();
        try {
            HistoryFile.deleteFolder(folder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "kept files could not all be deleted ({0}); the rest go with the history file",
                    e.getClass().getSimpleName());
        }
    }

    // ---- inside the store's transactions

    /** Lets go every kept file that no stored message carries any more (a conversation was forgotten). */
    void letGoUnreferenced() throws SQLException {
        dropAll(unreferenced(null));
    }

    /** Lets go the file {@code sha256} unless a stored message still carries it (one was deleted). */
    void letGoIfUnreferenced(String sha256) throws SQLException {
        dropAll(unreferenced(sha256));
    }

    /** The transaction committed: the folder follows it. */
    void committed() {
        List<Runnable> effects = List.copyOf(afterCommit);
        afterCommit.clear();
        effects.forEach(Runnable::run);
    }

    /** The transaction rolled back: nothing it meant to do to the folder happens. */
    void rolledBack() {
        afterCommit.clear();
    }

    // ---- rows and files

    private List<String> unreferenced(String only) throws SQLException {
        String sql = "SELECT k.sha256 FROM kept_file k WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.file_sha256 = k.sha256)"
                + (only == null ? "" : " AND k.sha256 = ?");
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = store.prepare(sql)) {
            if (only != null) {
                s.setString(1, only);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private void trimTo(long cap, String spare) throws SQLException {
        long total = 0;
        Map<String, Long> oldestFirst = new LinkedHashMap<>();
        try (PreparedStatement s = store.prepare("SELECT sha256, size FROM kept_file ORDER BY used, sha256");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                oldestFirst.put(rs.getString(1), rs.getLong(2));
                total += rs.getLong(2);
            }
        }
        List<String> giveUp = new ArrayList<>();
        for (Map.Entry<String, Long> file : oldestFirst.entrySet()) {
            if (total <= cap) {
                break;
            }
            if (!file.getKey().equals(spare)) {
                giveUp.add(file.getKey());
                total -= file.getValue();
            }
        }
        dropAll(giveUp);
    }

    private Map<String, Long> rows() throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = store.statement(); ResultSet rs = s.executeQuery("SELECT sha256, size FROM kept_file")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    private void dropAll(List<String> shas) throws SQLException {
        for (String sha : shas) {
            drop(sha);
        }
    }

    private void drop(String sha256) throws SQLException {
        try (PreparedStatement s = store.prepare("DELETE FROM kept_file WHERE sha256 = ?")) {
            s.setString(1, sha256);
            s.executeUpdate();
        }
        afterCommit.add(() -> {
            sizes.remove(sha256);
            delete(folder.resolve(sha256));
        });
    }

    private boolean whole(String sha256, long size) {
        Path file = folder.resolve(sha256);
        try {
            return Files.isRegularFile(file) && Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whatever the folder held before {@code before} that the ledger does not (runs after the start-up check committed). */
    private void removeStrays(Instant before) {
        FileTime cutoff = FileTime.from(before);
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                if (!sizes.containsKey(file.getFileName().toString()) && writtenBefore(file, cutoff)) {
                    delete(file);
                }
            }
        } catch (IOException e) {
            // no folder (yet): nothing stray in it
        }
    }

    private static boolean writtenBefore(Path file, FileTime cutoff) {
        try {
            return Files.getLastModifiedTime(file).compareTo(cutoff) < 0;
        } catch (IOException gone) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // In use elsewhere (Windows): it is not in the ledger any more, so the next start removes it.
            LOG.log(System.Logger.Level.WARNING, "a kept file could not be deleted now ({0})", e.getClass().getSimpleName());
        }
    }
}
