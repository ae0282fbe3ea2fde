package dev.hearth.relay.auth;

import dev.hearth.protocol.StrictUtf8;
import dev.hearth.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * The door password the relay makes for itself when the host gave none: 128 random bits in
 * base64url, kept owner-only in the data directory as {@value #FILE} and reused on every start, so
 * the invite friends were given keeps working. The invite carries it: the invite is the key.
 */
public final class GeneratedPassword {
    public static final String FILE = "relay-password";
    private static final int RANDOM_BYTES = 16;
    /** Longer than anything the relay writes: the file is not what it should be. */
    private static final int MAX_BYTES = 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What loading found.
     *
     * @param setAside where a damaged file was moved before a new password was made, or null
     */
    public record Loaded(String password, Path setAside) {
        @Override
        public String toString() {
            return "GeneratedPassword.Loaded[setAside=" + setAside + "]";
        }
    }

    private GeneratedPassword() {}

    /**
     * The password in {@code dataDir}, made on first use. A file that is empty, not text or too
     * long is set aside (never deleted) and replaced, and the result says where it went.
     */
    public static Loaded loadOrCreate(Path dataDir, Clock clock) throws IOException {
        Path file = dataDir.resolve(FILE);
        Optional<String> stored = read(file);
        if (stored.isPresent()) {
            return new Loaded(stored.get(), null);
        }
        Path aside = Files.exists(file) ? OwnerOnlyFiles.setAside(file, clock.instant()) : null;
        return new Loaded(write(dataDir), aside);
    }

    /** Makes a new password, replacing the stored one. */
    public static String rotate(Path dataDir) throws IOException {
        return write(dataDir);
    }

    /** The stored password, or empty when there is none or it is damaged. */
    public static Optional<String> read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            String line = StrictUtf8.decode(bytes).strip();
            return line.isEmpty() || line.contains("\n") ? Optional.empty() : Optional.of(line);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String write(Path dataDir) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.createDirectories(dataDir);
        OwnerOnlyFiles.writeAtomically(dataDir.resolve(FILE), password + "\n");
        return password;
    }
}
