package dev.hearth.client.history;

import dev.hearth.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Opens, sets aside and erases the one history file. The file and SQLite's journal beside it are
 * owner-only (SQLite gives the journal the database file's mode, so the file is made owner-only
 * before SQLite first opens it). Deleted text is overwritten in place ({@code secure_delete}), so
 * "Forget" does not leave it readable in free pages. A file SQLite cannot read is moved aside,
 * with its journal and its kept files, and a new one started; a file from a newer Hearth is left
 * alone. Fetched files are kept in an owner-only folder beside it ({@link #filesFolder}).
 */
public final class HistoryFile {

    public static final String NAME = "history.sqlite";
    /** The folder of fetched files kept with the history, beside the history file. */
    public static final String FILES = "history-files";
    private static final List<String> JOURNAL_SUFFIXES = List.of("-wal", "-shm", "-journal");
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private HistoryFile() {}

    /**
     * What opening found.
     *
     * @param store    the store, or null when the file could not be used (then {@code problem} says why)
     * @param setAside where a damaged file was moved, or null
     */
    public record Opened(HistoryStore store, Path setAside, String problem) {}

    public static Opened open(Path file, Instant now) {
        try {
            return new Opened(connect(file), null, null);
        } catch (SQLException e) {
            if (!damaged(e)) {
                return new Opened(null, null, e.getMessage());
            }
            try {
                Path aside = setAside(file, now);
                return new Opened(connect(file), aside, null);
            } catch (IOException | SQLException | HistorySchema.TooNewException again) {
                return new Opened(null, null, again.getMessage());
            }
        } catch (HistorySchema.TooNewException | IOException e) {
            return new Opened(null, null, e.getMessage());
        }
    }

    /** Where the fetched files kept with the history file {@code file} are. */
    public static Path filesFolder(Path file) {
        return file.toAbsolutePath().resolveSibling(FILES);
    }

    /** Deletes the file, its journal and its kept files: "keep no history" means nothing is left on disk. */
    public static void erase(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String suffix : JOURNAL_SUFFIXES) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        deleteFolder(filesFolder(file));
    }

    /** Deletes {@code folder} and everything in it; a folder that is not there is fine. */
    static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static HistoryStore connect(Path file) throws SQLException, IOException, HistorySchema.TooNewException {
        OwnerOnlyFiles.createDirectories(file.toAbsolutePath().getParent());
        OwnerOnlyFiles.createDirectories(filesFolder(file));
        OwnerOnlyFiles.createFileIfAbsent(file);
        // The driver would otherwise run a query for the new row's key after every insert; the
        // store asks for one only when it wants it (a new conversation's id).
        SQLiteConfig config = new SQLiteConfig();
        config.setGetGeneratedKeys(false);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA secure_delete = ON");
            }
            HistorySchema.prepare(db);
            return new HistoryStore(db, filesFolder(file));
        } catch (SQLException | HistorySchema.TooNewException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static boolean damaged(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
    }

    private static Path setAside(Path file, Instant now) throws IOException {
        Path aside = OwnerOnlyFiles.setAside(file, now);
        for (String suffix : JOURNAL_SUFFIXES) {
            Path journal = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(journal)) {
                Files.move(journal, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        Path files = filesFolder(file);
        try (Stream<Path> kept = Files.list(files)) {
            if (kept.findAny().isPresent()) { // the files go with the ledger that names them, to be looked at together
                OwnerOnlyFiles.setAside(files, now);
            }
        } catch (java.nio.file.NoSuchFileException none) {
            // nothing kept
        }
        return aside;
    }
}
