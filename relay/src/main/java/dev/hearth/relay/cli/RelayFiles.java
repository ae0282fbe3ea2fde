package dev.hearth.relay.cli;

import dev.hearth.relay.auth.GeneratedPassword;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The relay's files in its data directory, as the command line meets them: made on the relay's
 * first start, only read by the subcommands. A subcommand that finds none says so rather than
 * making them, since that would print an invite for a relay that does not exist (most likely the
 * wrong {@code --data-dir}).
 */
final class RelayFiles {

    private RelayFiles() {}

    static RelayIdentity identity(Path dataDir) throws StartupException {
        try {
            return RelayIdentity.loadOrCreate(dataDir);
        } catch (IOException e) {
            throw new StartupException("cannot use data directory: " + IoMessages.describe(null, e), e);
        }
    }

    static RelayIdentity existingIdentity(Path dataDir) throws StartupException {
        requireFile(dataDir.resolve(RelayIdentity.KEY_FILE), dataDir);
        return identity(dataDir);
    }

    static GeneratedPassword.Loaded generatedPassword(Path dataDir, Clock clock) throws StartupException {
        try {
            return GeneratedPassword.loadOrCreate(dataDir, clock);
        } catch (IOException e) {
            throw new StartupException("cannot keep the relay's password: " + IoMessages.describe(null, e), e);
        }
    }

    static String existingGeneratedPassword(Path dataDir) throws StartupException {
        Path file = dataDir.resolve(GeneratedPassword.FILE);
        requireFile(file, dataDir);
        try {
            return readGeneratedPassword(file);
        } catch (UsageException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    /** The password a relay made, for the watch: a message that names the file when there is none. */
    static String readGeneratedPassword(Path file) throws UsageException {
        try {
            return GeneratedPassword.read(file)
                    .orElseThrow(() -> new UsageException(file + " is missing, empty or damaged"));
        } catch (IOException e) {
            throw new UsageException("cannot read " + IoMessages.describe(file, e));
        }
    }

    private static void requireFile(Path file, Path dataDir) throws StartupException {
        if (!Files.exists(file)) {
            throw new StartupException("no " + file.getFileName() + " in " + dataDir + ": no relay has started"
                    + " with this data directory yet. Give the --data-dir (or --config) of the relay you run,"
                    + " or start it once first");
        }
    }
}
