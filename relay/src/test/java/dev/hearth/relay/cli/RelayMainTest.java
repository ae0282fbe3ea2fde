package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearth.relay.tls.RelayIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the command line in-process; none of these cases gets as far as starting a relay. */
class RelayMainTest {

    private static final List<String> EVERY_OPTION = List.of("--port", "--bind", "--public-host", "--plaintext",
            "--password-file", "--invite-with-password", "--data-dir", "--backlog", "--grace-seconds", "--max-frame",
            "--max-text", "--rate", "--burst", "--motd", "--max-connections", "--max-connections-per-address",
            "--replay-budget", "--outbound-budget", "--max-file", "--file-memory", "--file-ttl", "--help", "--version", "HEARTH_PASSWORD", "--open", "--config",
            "HEARTH_RELAY_CONFIG", "--lan-announce", "HEARTH_RELAY_LAN_ANNOUNCE", "hearth-relay invite", "hearth-relay password --new", "hearth-relay version");

    @TempDir
    Path temp;

    private record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @Test
    void helpExitsZeroAndMentionsEveryOption() {
        Result result = run(Map.of(), "--help");

        assertEquals(0, result.exitCode());
        EVERY_OPTION.forEach(option -> assertTrue(result.out().contains(option), option + " missing from --help"));
        assertTrue(result.out().contains("Default: 7777"));
        assertTrue(result.out().replaceAll("\\s+", " ").contains("Default: 50331648"), "the replay budget's default");
        assertTrue(result.out().replaceAll("\\s+", " ")
                .contains("0 turns files off; at most --file-memory. Default: 33554432"), "the largest file's default");
        LauncherScripts.jvmOptions().forEach(option -> assertTrue(result.out().contains(option),
                () -> "--help names the launcher's " + option));
        assertTrue(result.out().contains("Exit status:"));
        assertEquals("", result.err());
    }

    @Test
    void helpListsTheOptionsUnderTheirHeadingsInOrder() {
        String out = run(Map.of(), "--help").out();

        List<String> inOrder = List.of("Usage: hearth-relay [OPTIONS]", "Network:", "--port=N", "--lan-announce=on|off",
                "Access and identity:", "--password-file=PATH", "--data-dir=PATH", "Chat and file limits:",
                "--motd=TEXT", "--file-ttl=SECONDS", "General:", "--config=PATH", "-h, --help", "-V, --version",
                "Exit status:", "Environment:");
        int from = 0;
        for (String part : inOrder) {
            int at = out.indexOf(part, from);
            assertTrue(at >= 0, part + " missing, or not after what comes before it, in:\n" + out);
            from = at + part.length();
        }
    }

    @Test
    void versionNamesTheProgram() {
        Result result = run(Map.of(), "--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("hearth-relay "), result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--port -1", "--port 65536", "--port abc", "--port", "--backlog -1", "--grace-seconds -1",
        "--max-frame 255", "--max-frame 16777217", "--max-text 0", "--rate 0", "--burst 0",
        "--max-connections 0", "--max-connections-per-address 0", "--bind ::::1::", "--no-such-option",
        "stray-argument", "--port 1 --port 2", "--public-host bad_host!", "--max-text 2 --motd long",
        "--max-file -1", "--max-file abc", "--file-memory 0", "--file-ttl 0", "--max-file 2 --file-memory 1",
        "--max-frame 65535", "--max-frame 256", "--lan-announce maybe", "--lan-announce"
    })
    void badOptionExitsTwoWithOneLineReason(String args) {
        Result result = run(Map.of(), args.split(" "));

        assertUsageError(result);
    }

    @Test
    void badPortNamesTheOptionAndTheRange() {
        Result result = run(Map.of(), "--port", "-1");

        assertEquals("hearth-relay: --port must be between 0 and 65535, not -1", result.errLines().get(0));
    }

    @Test
    void aFrameTooSmallForFilesSaysHowToGoOn() {
        Result result = run(Map.of(), "--max-frame", "4096", "--data-dir", temp.toString());

        assertUsageError(result);
        assertTrue(result.errLines().get(0).contains("raise --max-frame, or turn files off with --max-file 0"),
                result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--password hunter2", "--password=hunter2"})
    void passwordIsNeverAcceptedAsAnOptionNorEchoed(String args) {
        Result result = run(Map.of(), args.split(" "));

        assertUsageError(result);
        assertFalse(result.err().contains("hunter2"), result.err());
        assertTrue(result.err().contains("--password-file"), result.err());
    }

    @Test
    void missingPasswordFileIsAUsageErrorNamingTheFile() {
        Path missing = temp.resolve("nope");

        Result result = run(Map.of(), "--password-file", missing.toString(), "--data-dir", temp.toString());

        assertUsageError(result);
        assertTrue(result.err().contains(missing.toString()), result.err());
    }

    @Test
    void emptyPasswordFileIsAUsageError() throws IOException {
        Path empty = Files.writeString(temp.resolve("pw"), "\nsecond line");

        assertUsageError(run(Map.of(), "--password-file", empty.toString(), "--data-dir", temp.toString()));
    }

    @Test
    void emptyPasswordVariableIsAUsageError() {
        assertUsageError(run(Map.of("HEARTH_PASSWORD", ""), "--data-dir", temp.toString()));
    }

    @Test
    void invitingWithPasswordNeedsAPassword() {
        Result result = run(Map.of(), "--open", "--invite-with-password", "--data-dir", temp.toString());

        assertUsageError(result);
        assertTrue(result.err().contains("--invite-with-password"), result.err());
    }

    @Test
    void unusableDataDirectoryExitsOneWithOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        Result result = run(Map.of("HEARTH_PASSWORD", "pw"), "--data-dir", file.resolve("sub").toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("hearth-relay: cannot use data directory: "), result.err());
        assertTrue(result.err().contains(file.toString()), result.err());
    }

    @Test
    void damagedIdentityExitsOneNamingTheFile() throws IOException {
        Path key = Files.writeString(temp.resolve("relay-key.pem"), "garbage");

        Result result = run(Map.of("HEARTH_PASSWORD", "pw"), "--data-dir", temp.toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains(key.toString()), result.err());
    }

    @Test
    void keyOthersCanChangeExitsOneWithOneLineNamingTheFileAndTheFix() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        RelayIdentity.loadOrCreate(temp);
        Path key = temp.resolve(RelayIdentity.KEY_FILE);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw----"));

        Result result = run(Map.of("HEARTH_PASSWORD", "pw"), "--data-dir", temp.toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("hearth-relay: cannot use data directory: " + key + " can be changed"),
                result.err());
        assertTrue(result.err().strip().endsWith("fix: chmod 600 " + key), result.err());
    }

    @Test
    void usageErrorsHappenBeforeAnythingIsWrittenToDisk() {
        Path dataDir = temp.resolve("data");

        run(Map.of(), "--data-dir", dataDir.toString(), "--open", "--invite-with-password");

        assertFalse(Files.exists(dataDir));
    }

    private static void assertUsageError(Result result) {
        assertEquals(2, result.exitCode(), result.err());
        assertEquals(2, result.errLines().size(), result.err());
        assertTrue(result.errLines().get(0).startsWith("hearth-relay: "), result.err());
        assertEquals("Try 'hearth-relay --help'.", result.errLines().get(1));
        assertEquals("", result.out());
    }

    private Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = RelayMain.run(args, new PrintWriter(out), new PrintWriter(err), env,
                (relay, announce) -> fail("no case here should start a relay"), () -> "testhost");
        return new Result(exitCode, out.toString(), err.toString());
    }
}
