package dev.hearth.client.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A real history file in a directory of its own, for a benchmark's trial; {@link #remove} leaves nothing behind. */
record BenchmarkHistory(Path dir, HistoryStore store) {

    static BenchmarkHistory open(String prefix) throws Exception {
        Path dir = Files.createTempDirectory(prefix);
        return new BenchmarkHistory(dir, HistoryFile.open(dir.resolve(HistoryFile.NAME), Instant.now()).store());
    }

    void remove() throws Exception {
        store.close();
        HistoryFile.erase(dir.resolve(HistoryFile.NAME));
        Files.deleteIfExists(dir);
    }
}
