package dev.hearth.client.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.util.Optional;

/**
 * Remembered relay passwords in the operating system's credential store, through java-keyring.
 * Any thread; the store itself serialises. A store that is present but refuses (locked, the user
 * said no) is reported to the caller, who keeps the password for this run only.
 */
final class KeyringPasswords implements SavedPasswords {

    /** The service name entries are filed under; the account is the relay's {@code host:port}. */
    static final String SERVICE = "Hearth relay password";
    private static final String PROBE = "hearth-probe";
    private static final System.Logger LOG = System.getLogger(KeyringPasswords.class.getName());

    private final Keyring keyring;
    private final Place place;

    private KeyringPasswords(Keyring keyring) {
        this.keyring = keyring;
        this.place = switch (keyring.getKeyringStorageType()) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> Place.MACOS_KEYCHAIN;
            case WINDOWS_CREDENTIAL_STORE -> Place.WINDOWS_CREDENTIAL_MANAGER;
            case GNOME_KEYRING -> Place.SECRET_SERVICE;
            case KWALLET -> Place.KWALLET;
        };
    }

    /**
     * The credential store, if one answers: a Linux desktop without a Secret Service (or no
     * D-Bus session at all) has none, and a lookup that fails outright counts as none.
     */
    static Optional<KeyringPasswords> open() {
        try {
            Keyring keyring = Keyring.create();
            try {
                keyring.getPassword(SERVICE, PROBE);
            } catch (PasswordAccessException absent) {
                // An answer: there is simply no such entry.
            }
            return Optional.of(new KeyringPasswords(keyring));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError none) {
            LOG.log(System.Logger.Level.DEBUG, "no credential store: {0}", none.toString());
            return Optional.empty();
        }
    }

    @Override
    public Place place() {
        return place;
    }

    @Override
    public Optional<String> find(String relayKey) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, relayKey));
        } catch (PasswordAccessException | RuntimeException absent) {
            return Optional.empty();
        }
    }

    @Override
    public void save(String relayKey, String password) throws IOException {
        try {
            keyring.setPassword(SERVICE, relayKey, password);
        } catch (PasswordAccessException | RuntimeException refused) {
            throw new IOException("the credential store did not keep the password: " + refused.getMessage(), refused);
        }
    }

    @Override
    public void forget(String relayKey) {
        try {
            keyring.deletePassword(SERVICE, relayKey);
        } catch (PasswordAccessException | RuntimeException absent) {
            // Nothing kept, nothing to forget.
        }
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the credential store: {0}", e.toString());
        }
    }

    @Override
    public String toString() {
        return "KeyringPasswords[" + place + "]";
    }
}
