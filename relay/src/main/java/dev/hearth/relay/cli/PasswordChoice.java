package dev.hearth.relay.cli;

import dev.hearth.relay.auth.GeneratedPassword;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the door password comes from. Safe by default: with no password given and no
 * {@code --open}, the relay makes one for itself and its invite carries it.
 */
sealed interface PasswordChoice {

    /** The host's own password, from {@code --password-file} (watched for changes) or {@value PasswordSource#ENV}. */
    record Given(String password, Path file) implements PasswordChoice {
        @Override
        public String toString() {
            return "Given[file=" + file + "]";
        }
    }

    /** The relay's own password, kept in {@code file} in the data directory and watched for changes. */
    record Generated(Path file) implements PasswordChoice {}

    /** {@code --open}: anyone who reaches the port may log in. */
    record Open() implements PasswordChoice {}

    /** The choice {@code options} and {@code env} make, with the data directory of {@code options}. */
    static PasswordChoice of(RelayOptions options, Map<String, String> env) throws UsageException {
        PasswordChoice choice = of(options.access.passwordFile, options.access.open, env, options.dataDir(env));
        if (options.access.inviteWithPassword && choice instanceof Open) {
            throw new UsageException("--invite-with-password needs a password, but --open asks for none");
        }
        return choice;
    }

    /** Whether the invite carries the password: always one the relay made, the host's own on request. */
    default boolean inInvite(boolean inviteWithPassword) {
        return switch (this) {
            case Generated g -> true;
            case Given g -> inviteWithPassword;
            case Open o -> false;
        };
    }

    /**
     * {@code --password-file} wins over {@value PasswordSource#ENV}, which wins over the generated
     * password; {@code --open} next to either is a contradiction, not a choice.
     */
    static PasswordChoice of(Path passwordFile, boolean open, Map<String, String> env, Path dataDir)
            throws UsageException {
        if (passwordFile != null) {
            if (open) {
                throw new UsageException("--open and --password-file contradict each other; give one of them");
            }
            return new Given(PasswordSource.firstLine(passwordFile), passwordFile);
        }
        var fromEnv = PasswordSource.resolve(null, env);
        if (fromEnv.isPresent()) {
            if (open) {
                throw new UsageException("--open, but " + PasswordSource.ENV + " is set; unset it, or leave out --open");
            }
            return new Given(fromEnv.get(), null);
        }
        return open ? new Open() : new Generated(dataDir.resolve(GeneratedPassword.FILE));
    }
}
