package dev.hearth.client.history;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Owns the history file for the whole app: opens it when first needed (if the user keeps
 * history), erases it when they stop, closes it when the app ends. A file that could not be
 * used is said once through {@code notices}; the chat then goes on keeping nothing. FX thread.
 */
public final class HistoryKeeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HistoryKeeper.class.getName());

    private final Path file;
    private final Clock clock;
    private final Consumer<SQLException> problems;
    private HistoryThread open;
    private boolean keep;
    private String notice;

    /**
     * @param keep     whether the user keeps history on this computer
     * @param problems failures of the history thread's work (any thread)
     */
    public HistoryKeeper(Path file, boolean keep, Clock clock, Consumer<SQLException> problems) {
        this.file = file;
        this.keep = keep;
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
            }
        }
        return open;
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

    /** The user keeps no history: the file and its journal are deleted now. */
    public void eraseAndStop() throws IOException {
        keep = false;
        close();
        HistoryFile.erase(file);
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
