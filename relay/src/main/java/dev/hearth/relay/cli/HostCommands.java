package dev.hearth.relay.cli;

import dev.hearth.relay.auth.GeneratedPassword;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The subcommands a host runs beside the relay, reading the data directory and config the relay
 * uses, without starting a second one: {@code invite} prints the invite again,
 * {@code password --new} replaces the password the relay made (the running relay notices within
 * seconds, see {@link PasswordWatch}).
 */
final class HostCommands {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Supplier<String> machineName;

    HostCommands(PrintWriter out, PrintWriter err, Map<String, String> env, Supplier<String> machineName) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.machineName = machineName;
    }

    void invite(RelayOptions options) throws UsageException, StartupException {
        options.validate();
        PasswordChoice choice = PasswordChoice.of(options, env);
        InviteMaker invites = inviteMaker(options, choice);
        Path dataDir = options.dataDir(env);
        String password = switch (choice) {
            case PasswordChoice.Given given -> given.password();
            case PasswordChoice.Open open -> null;
            case PasswordChoice.Generated generated -> RelayFiles.existingGeneratedPassword(dataDir);
        };
        out.println(invites.invite(password).format());
        out.flush();
    }

    void newPassword(RelayOptions options) throws UsageException, StartupException {
        options.validate();
        PasswordChoice choice = PasswordChoice.of(options, env);
        InviteMaker invites = inviteMaker(options, choice);
        Path dataDir = options.dataDir(env);
        switch (choice) {
            case PasswordChoice.Given given when given.file() != null -> throw new UsageException(
                    "the password comes from " + given.file() + "; write the new one into that file, and the"
                            + " running relay takes it within seconds");
            case PasswordChoice.Given given -> throw new UsageException("the password comes from "
                    + PasswordSource.ENV + "; change it there and restart the relay");
            case PasswordChoice.Open open -> throw new UsageException("--open: this relay has no password to renew");
            case PasswordChoice.Generated generated -> {
                RelayFiles.existingGeneratedPassword(dataDir);
                String password = rotate(dataDir);
                out.println(invites.invite(password).format());
                out.flush();
                err.println("hearth-relay: new password kept in " + generated.file() + "; a relay running with"
                        + " this data directory takes it within seconds and shows everyone logged in with the old"
                        + " one the door. Send the invite above to those who should stay.");
                err.flush();
            }
        }
    }

    /** The port and identity come from the options and the data directory, as the relay's own would. */
    private InviteMaker inviteMaker(RelayOptions options, PasswordChoice choice)
            throws UsageException, StartupException {
        if (options.network.port == 0) {
            throw new UsageException("--port 0 picks a port at start, so no invite can name it; give the port"
                    + " the relay listens on");
        }
        String host = InviteHostName.choose(options.network.publicHost, options.network.bind, machineName);
        RelayIdentity identity = options.access.plaintext ? null : RelayFiles.existingIdentity(options.dataDir(env));
        return new InviteMaker(host, options.network.port, identity == null ? null : identity.fingerprint(),
                choice.inInvite(options.access.inviteWithPassword));
    }

    private static String rotate(Path dataDir) throws StartupException {
        try {
            return GeneratedPassword.rotate(dataDir);
        } catch (IOException e) {
            throw new StartupException("cannot write the new password: " + IoMessages.describe(null, e), e);
        }
    }
}
