package dev.hearth.client.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #MAX} relays, most recent first, in {@code recent-relays.json} in the config
 * directory. Methods are synchronised so the UI and a background save cannot interleave.
 */
public final class RecentRelays {

    public static final int MAX = 8;
    public static final String FILE_NAME = "recent-relays.json";

    private final Path file;

    public RecentRelays(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved list; empty when there is none, or when it was damaged (then it is set aside, not overwritten). */
    public synchronized List<RecentRelay> load() {
        Stored stored = JsonFiles.readOrSetAside(file, Stored.class).value();
        return stored == null || stored.relays() == null ? List.of() : List.copyOf(stored.relays());
    }

    /** Puts {@code relay} first, dropping an older entry for the same host and port and anything past {@value #MAX}. */
    public synchronized List<RecentRelay> remember(RecentRelay relay) throws IOException {
        List<RecentRelay> updated = new ArrayList<>();
        updated.add(relay);
        for (RecentRelay old : load()) {
            if (!old.key().equals(relay.key()) && updated.size() < MAX) {
                updated.add(old);
            }
        }
        JsonFiles.write(file, new Stored(updated));
        return List.copyOf(updated);
    }

    /** Drops the entry for {@code key} ({@link RecentRelay#key()}). */
    public synchronized List<RecentRelay> forget(String key) throws IOException {
        List<RecentRelay> kept = load().stream().filter(r -> !r.key().equals(key)).toList();
        JsonFiles.write(file, new Stored(kept));
        return kept;
    }

    /** The file's shape; a wrapper object leaves room for a version field later. */
    record Stored(List<RecentRelay> relays) {}
}
