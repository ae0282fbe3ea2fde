package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.RelayConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config}: the packaged service's way to set options, one {@code key = value} per line. */
class ConfigFileTest {

    @TempDir
    Path temp;

    private Path config(String text) throws IOException {
        return Files.writeString(temp.resolve("relay.conf"), text);
    }

    @Test
    void theFileSetsOptionsAndRelativePathsAreTakenFromItsDirectory() throws IOException {
        Path file = config("""
                # Hearth relay
                port = 0

                public-host = chat.example.org
                data-dir = state
                """);

        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("chat.example.org", Invite.parse(run.listeningInvite()).host());
        assertTrue(Files.exists(temp.resolve("state").resolve("relay-key.pem")), "data-dir relative to the file");
    }

    @Test
    void theCommandLineWins() throws IOException {
        Path file = config("port = 0\npublic-host = from-file.example\ndata-dir = state\n");

        CommandLineRun run = CommandLineRun.run(Map.of(), "--public-host", "from-cli.example", "--config", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("from-cli.example", Invite.parse(run.listeningInvite()).host());
    }

    @Test
    void flagsAreTrueOrFalse() throws IOException {
        Path open = config("port = 0\nopen = yes\nplaintext = true\ndata-dir = state\n");
        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", open.toString());
        assertEquals(0, run.exitCode(), run.err());
        Invite invite = Invite.parse(run.listeningInvite());
        assertFalse(invite.tls());
        assertNull(invite.password());

        Path notOpen = config("port = 0\nopen = false\ndata-dir = state\n");
        assertTrue(Invite.parse(CommandLineRun.run(Map.of(), "--config", notOpen.toString()).listeningInvite())
                .password() != null, "open = false leaves the door locked");

        Path maybe = config("port = 0\nopen = maybe\n");
        assertMistake(CommandLineRun.run(Map.of(), "--config", maybe.toString()), "line 2: open is true or false");
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLineNumber() throws IOException {
        Path file = config("# comment\nport = 0\nprot = 7777\n");

        assertMistake(CommandLineRun.run(Map.of(), "--config", file.toString()), "line 3: unknown key 'prot'");
    }

    @Test
    void aBadValueIsAnErrorWithItsLineNumber() throws IOException {
        Path file = config("\nport = seventy\n");

        assertMistake(CommandLineRun.run(Map.of(), "--config", file.toString()), "line 2: ");
    }

    @Test
    void aBadValueAmongGoodSettingsIsNamedByItsOwnLine() throws IOException {
        Path file = config("backlog = 5\nrate = 3\nmax-text = many\nburst = 4\n");

        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", file.toString(), "--plaintext");

        assertMistake(run, "line 3: ");
        assertTrue(run.err().contains("many"), run.err());
    }

    @Test
    void aRangeTheRelayRefusesIsAUsageErrorToo() throws IOException {
        Path file = config("port = 70000\n");

        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--port must be between 0 and 65535"), run.err());
    }

    @Test
    void aRepeatedKeyNamesBothLines() throws IOException {
        Path file = config("port = 1\nbacklog = 5\nport = 2\n");

        assertMistake(CommandLineRun.run(Map.of(), "--config", file.toString()), "line 3: port is already set on line 1");
    }

    @Test
    void aLineWithoutEqualsIsAnErrorThatDoesNotQuoteIt() throws IOException {
        Path file = config("port = 0\nhunter2\n");

        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", file.toString());

        assertMistake(run, "line 2: expected key = value");
        assertFalse(run.err().contains("hunter2"));
    }

    @Test
    void aPasswordIsRefusedWithoutBeingEchoed() throws IOException {
        Path file = config("password = hunter2\n");

        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", file.toString());

        assertMistake(run, "line 1: a password does not belong in a config file");
        assertFalse(run.err().contains("hunter2"));
    }

    @Test
    void helpAndConfigItselfAreNotKeys() throws IOException {
        assertMistake(CommandLineRun.run(Map.of(), "--config", config("config = other.conf\n").toString()),
                "line 1: unknown key 'config'");
        assertMistake(CommandLineRun.run(Map.of(), "--config", config("help = true\n").toString()),
                "line 1: unknown key 'help'");
    }

    @Test
    void quotesKeepSpacesAndAHashInsideAValueIsText() throws Exception {
        Path file = config("motd = \"  Welcome to #hearth  \"\n");

        RelayOptions options = new OptionsParser(new java.io.PrintWriter(java.io.Writer.nullWriter()), Map.of())
                .parse(java.util.List.of("--config", file.toString())).orElseThrow();

        assertEquals("  Welcome to #hearth  ", options.limits.motd);
    }

    @Test
    void theFileSetsTheFileLimits() throws Exception {
        Path file = config("max-file = 0\nfile-memory = 1048576\nfile-ttl = 3600\n");

        RelayOptions options = new OptionsParser(new java.io.PrintWriter(java.io.Writer.nullWriter()), Map.of())
                .parse(java.util.List.of("--config", file.toString())).orElseThrow();
        options.validate();

        RelayConfig config = options.toConfig(null, null);
        assertEquals(0, config.maxFile());
        assertEquals(1_048_576, config.fileMemory());
        assertEquals(Duration.ofHours(1), config.fileTtl());
    }

    @Test
    void theFileTurnsTheLanAnnouncementOnOrOffAsTheInstalledFileWritesIt() throws Exception {
        OptionsParser parser = new OptionsParser(new java.io.PrintWriter(java.io.Writer.nullWriter()), Map.of());

        Path off = config("lan-announce = off\n");
        assertFalse(parser.parse(java.util.List.of("--config", off.toString())).orElseThrow()
                .lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "on")));
        Path on = config("# the installed relay.conf's line\nlan-announce = on\n");
        assertTrue(parser.parse(java.util.List.of("--config", on.toString())).orElseThrow()
                .lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "off")));
    }

    @Test
    void theEnvironmentNamesTheFileWhenTheCommandLineDoesNot() throws IOException {
        Path file = config("port = 0\npublic-host = env.example\ndata-dir = state\n");

        CommandLineRun run = CommandLineRun.run(Map.of("HEARTH_RELAY_CONFIG", file.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("env.example", Invite.parse(run.listeningInvite()).host());
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt() {
        Path missing = temp.resolve("nope.conf");

        CommandLineRun run = CommandLineRun.run(Map.of(), "--config", missing.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(missing.toString()) && run.err().contains("no such file"), run.err());
    }

    @Test
    void helpNeedsNoReadableConfig() {
        CommandLineRun run = CommandLineRun.run(Map.of("HEARTH_RELAY_CONFIG", temp.resolve("nope").toString()), "--help");

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void anEmptyFileChangesNothing() throws Exception {
        Optional<RelayOptions> options = new OptionsParser(new java.io.PrintWriter(java.io.Writer.nullWriter()), Map.of())
                .parse(java.util.List.of("--config", config("# nothing yet\n\n").toString()));

        assertEquals(7777, options.orElseThrow().network.port);
    }

    private static void assertMistake(CommandLineRun run, String expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("hearth-relay: config file "), run.err());
        assertTrue(run.err().contains(expected), () -> "expected '" + expected + "' in: " + run.err());
    }
}
