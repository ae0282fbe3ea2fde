package dev.hearth.client.settings;

import java.util.Optional;

/**
 * Where a relay password the user asked Hearth to remember is kept: the operating system's
 * credential store where one answers (macOS Keychain, Windows Credential Manager, the Secret
 * Service of GNOME Keyring or KWallet on Linux), else Hearth's own settings file, owner-only, as
 * before. The connect screen says which. Passwords are keyed by relay ({@code host:port}).
 */
public interface SavedPasswords extends AutoCloseable {

    /** The places a password can be kept, for the connect screen's words. */
    enum Place { MACOS_KEYCHAIN, WINDOWS_CREDENTIAL_MANAGER, SECRET_SERVICE, KWALLET, SETTINGS_FILE }

    Place place();

    /** The password kept for {@code relayKey}, if any. */
    Optional<String> find(String relayKey);

    /** Keeps {@code password} for {@code relayKey}, replacing any before it. */
    void save(String relayKey, String password) throws java.io.IOException;

    /** Forgets the password for {@code relayKey}, if one was kept. */
    void forget(String relayKey);

    /** Lets go of the credential store (its D-Bus connection would keep the process alive). */
    @Override
    default void close() {
    }

    /** Whether passwords go into the settings file itself (no credential store answered). */
    default boolean inSettingsFile() {
        return place() == Place.SETTINGS_FILE;
    }

    /** The settings file: the password is written with the relay's entry, and nothing else is needed. */
    SavedPasswords SETTINGS_FILE = new SavedPasswords() {
        @Override
        public Place place() {
            return Place.SETTINGS_FILE;
        }

        @Override
        public Optional<String> find(String relayKey) {
            return Optional.empty();
        }

        @Override
        public void save(String relayKey, String password) {
            // Kept in the relay's entry of recent-relays.json.
        }

        @Override
        public void forget(String relayKey) {
            // Goes with the relay's entry.
        }
    };

    /**
     * The operating system's credential store if one answers now, else the settings file. The
     * system property {@code hearth.passwords=settings-file} chooses the file (tests set it, so
     * they never write into the credential store of the machine they run on).
     */
    static SavedPasswords forThisComputer() {
        if ("settings-file".equals(System.getProperty("hearth.passwords"))) {
            return SETTINGS_FILE;
        }
        return KeyringPasswords.open().<SavedPasswords>map(keyring -> keyring).orElse(SETTINGS_FILE);
    }
}
