package dev.hearth.client.history;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.files.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Owns the history file and its kept files for the whole app: opens them when first needed (if
 * the user keeps history), erases them when they stop, closes them when the app ends. A file that
 * could not be used is said once through {@code notices}; the chat then goes on keeping nothing.
 * Without a history, fetched files go to one folder of this run, removed when the app ends. FX thread.
 */
public final class HistoryKeeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HistoryKeeper.class.getName());

    private final Path file;
    private final Clock clock;
    private final Consumer<SQLException> problems;
    private HistoryThread open;
    private KeptFiles files;
    private RunFolder runFolder;
    private long filesCap;
    private boolean keep;
    private String notice;

    /**
     * @param keep     whether the user keeps history on this computer
     * @param problems failures of the history thread's work (any thread)
     */
    public HistoryKeeper(Path file, boolean keep, Clock clock, Consumer<SQLException> problems) {
        this(file, keep, KeptFiles.DEFAULT_CAP, clock, problems);
    }

    /** @param filesCap bytes of fetched files kept at most (see {@link KeptFiles#cap(long)}) */
    public HistoryKeeper(Path file, boolean keep, long filesCap, Clock clock, Consumer<SQLException> problems) {
        this.file = file;
        this.keep = keep;
        this.filesCap = filesCap;
        this.clock = clock;
        this.problems = problems;
    }

    /** The history, opened on first use; null when the user keeps none or the file cannot be used. */
    public HistoryThread current() {
        if (keep && open == null && notice == null) {
            HistoryFile.Opened opened = HistoryFile.open(file, clock.instant());
            if (opened.store() == null) {
                notice = opened.problem();
                LOG.log(System.Logger.Level.WARNING, "history file {0} cannot be used: {1}", file, opened.problem());
            } else {
                if (opened.setAside() != null) {
                    notice = "set aside as " + opened.setAside().getFileName();
                    LOG.log(System.Logger.Level.WARNING, "history file {0} could not be read; set aside as {1}",
                            file, opened.setAside().getFileName());
                }
                open = HistoryThread.start(opened.store(), problems);
                files = KeptFiles.open(open, opened.store(), filesCap, clock, this::runFolder);
            }
        }
        return open;
    }

    /**
     * Where fetched files live: with the history while it is kept (following it to a folder of
     * this run if the user stops), else in a folder of this run.
     */
    public FileKeeping fileKeeping() {
        return current() != null ? files : runFolder();
    }

    /** The user set how many bytes of fetched files to keep: applied at once, and to a history opened later. */
    public void filesCap(long bytes) {
        filesCap = bytes;
        if (files != null) {
            files.cap(bytes);
        }
    }

    /** What went wrong opening the file (it was set aside, or cannot be used), once; else null. */
    public String takeNotice() {
        String said = notice;
        notice = open == null ? notice : null;
        return said;
    }

    /** The user keeps history again: the next session opens (or starts) the file. */
    public void keep() {
        keep = true;
    }

    /** The user keeps no history: the file, its journal and the kept files are deleted now. */
    public void eraseAndStop() throws IOException {
        keep = false;
        if (open != null) {
            open.write(store -> store.files().eraseAll()); // on the history thread, after what was queued
        }
        closeHistory();
        HistoryFile.erase(file); // and whatever of the files is left
    }

    /** The app ends: the history closes, and the folder of this run goes. */
    @Override
    public void close() {
        closeHistory();
        if (runFolder != null) {
            runFolder.close();
            runFolder = null;
        }
    }

    private void closeHistory() {
        if (open != null) {
            open.close();
            open = null;
            files = null;
        }
    }

    private FileKeeping runFolder() {
        if (runFolder == null) {
            runFolder = RunFolder.create();
        }
        return runFolder;
    }
}
