package dev.hearth.client.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #MAX} relays, most recent first, in {@code recent-relays.json} in the config
 * directory. A remembered password goes to the operating system's credential store when there is
 * one ({@link SavedPasswords}); the file then holds none, and a password an older version wrote
 * there moves over at the next write. Methods are synchronised so the UI and a background save
 * cannot interleave.
 */
public final class RecentRelays {

    public static final int MAX = 8;
    public static final String FILE_NAME = "recent-relays.json";

    private final Path file;
    private final SavedPasswords passwords;

    /** Passwords, when remembered, in the file itself. */
    public RecentRelays(Path configDir) {
        this(configDir, SavedPasswords.SETTINGS_FILE);
    }

    public RecentRelays(Path configDir, SavedPasswords passwords) {
        this.file = configDir.resolve(FILE_NAME);
        this.passwords = passwords;
    }

    /** Where remembered passwords are kept, for the connect screen to say. */
    public SavedPasswords.Place passwordsKeptIn() {
        return passwords.place();
    }

    public Path file() {
        return file;
    }

    /** The saved list; empty when there is none, or when it was damaged (then it is set aside, not overwritten). */
    public synchronized List<RecentRelay> load() {
        return stored().stream().map(r -> r.password() != null || passwords.inSettingsFile() ? r
                : r.withPassword(passwords.find(r.key()).orElse(null))).toList();
    }

    /** Puts {@code relay} first, dropping an older entry for the same host and port and anything past {@value #MAX}. */
    public synchronized List<RecentRelay> remember(RecentRelay relay) throws IOException {
        List<RecentRelay> updated = new ArrayList<>();
        updated.add(relay);
        for (RecentRelay old : stored()) {
            if (old.key().equals(relay.key())) {
                continue;
            }
            if (updated.size() < MAX) {
                updated.add(old);
            } else {
                passwords.forget(old.key());
            }
        }
        write(updated, relay.key());
        return load();
    }

    /** Drops the entry for {@code key} ({@link RecentRelay#key()}). */
    public synchronized List<RecentRelay> forget(String key) throws IOException {
        List<RecentRelay> kept = stored().stream().filter(r -> !r.key().equals(key)).toList();
        passwords.forget(key);
        write(kept, key);
        return load();
    }

    private List<RecentRelay> stored() {
        Stored stored = JsonFiles.readOrSetAside(file, Stored.class).value();
        return stored == null || stored.relays() == null ? List.of() : List.copyOf(stored.relays());
    }

    /**
     * The file gets the passwords only when no credential store keeps them. Otherwise only the
     * entry that changed touches the store (its password saved, or forgotten when not remembered),
     * plus any password an older version left in the file, which moves over; the others' stored
     * passwords are left as they are.
     */
    private void write(List<RecentRelay> relays, String changedKey) throws IOException {
        if (passwords.inSettingsFile()) {
            JsonFiles.write(file, new Stored(relays));
            return;
        }
        List<RecentRelay> withoutPasswords = new ArrayList<>();
        for (RecentRelay relay : relays) {
            if (relay.password() != null) {
                passwords.save(relay.key(), relay.password());
            } else if (relay.key().equals(changedKey)) {
                passwords.forget(relay.key());
            }
            withoutPasswords.add(relay.withPassword(null));
        }
        JsonFiles.write(file, new Stored(withoutPasswords));
    }

    /** The file's shape; a wrapper object leaves room for a version field later. */
    record Stored(List<RecentRelay> relays) {}
}
