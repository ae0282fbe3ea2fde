package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line's holders of the door password never print it (see SecretsInToStringTest). */
class CommandLineSecretsTest {

    private static final String PASSWORD = "hunter2-door-password";

    @Test
    void theHostsPasswordAndTheWatchKeepItToThemselves() {
        Object given = new PasswordChoice.Given(PASSWORD, Path.of("pw"));
        Object watch = new PasswordWatch(PASSWORD, () -> PASSWORD, p -> { }, new PrintWriter(Writer.nullWriter()));

        assertFalse(given.toString().contains(PASSWORD), given::toString);
        assertFalse(watch.toString().contains(PASSWORD), watch::toString);
    }
}
