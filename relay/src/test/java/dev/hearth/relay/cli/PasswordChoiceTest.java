package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.auth.GeneratedPassword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe by default: no password given means the relay makes one, and the invite carries it. */
class PasswordChoiceTest {

    @TempDir
    Path temp;

    private CommandLineRun start(Map<String, String> env, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--port", "0", "--data-dir", temp.resolve("data").toString()));
        args.addAll(List.of(extra));
        return CommandLineRun.run(env, args.toArray(String[]::new));
    }

    @Test
    void aFirstStartWithoutPasswordMakesOneKeepsItOwnerOnlyAndPutsItInTheInvite() throws IOException {
        CommandLineRun run = start(Map.of());

        assertEquals(0, run.exitCode(), run.err());
        Invite invite = Invite.parse(run.listeningInvite());
        Path file = temp.resolve("data").resolve(GeneratedPassword.FILE);
        assertNotNull(invite.password(), "the invite is the key to the door");
        assertTrue(invite.password().matches("[A-Za-z0-9_-]{22}"), "128 random bits, base64url: " + invite.password());
        assertEquals(invite.password(), Files.readString(file).strip());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertTrue(run.err().contains("share it only with friends"), run.err());
        assertFalse(run.err().contains(invite.password()), "stderr never shows the password: " + run.err());
    }

    @Test
    void laterStartsReuseThePasswordSoOldInvitesKeepWorking() {
        String first = Invite.parse(start(Map.of()).listeningInvite()).password();
        String second = Invite.parse(start(Map.of()).listeningInvite()).password();

        assertEquals(first, second);
    }

    @Test
    void twoDataDirectoriesGetDifferentPasswords() {
        String first = Invite.parse(start(Map.of()).listeningInvite()).password();
        String other = Invite.parse(CommandLineRun.run(Map.of(), "--port", "0", "--data-dir",
                temp.resolve("other").toString()).listeningInvite()).password();

        assertNotEquals(first, other);
    }

    @Test
    void openRunsWithoutPasswordAndWarns() {
        CommandLineRun run = start(Map.of(), "--open");

        assertEquals(0, run.exitCode(), run.err());
        assertNull(Invite.parse(run.listeningInvite()).password());
        assertTrue(run.err().contains("warning: --open: no password"), run.err());
        assertFalse(Files.exists(temp.resolve("data").resolve(GeneratedPassword.FILE)), "an open relay makes none");
    }

    @Test
    void openNextToAPasswordIsAContradiction() throws IOException {
        Path file = Files.writeString(temp.resolve("pw"), "mine\n");

        CommandLineRun withFile = start(Map.of(), "--open", "--password-file", file.toString());
        CommandLineRun withEnv = start(Map.of("HEARTH_PASSWORD", "mine"), "--open");

        assertEquals(2, withFile.exitCode());
        assertTrue(withFile.err().contains("--open and --password-file contradict"), withFile.err());
        assertEquals(2, withEnv.exitCode());
        assertTrue(withEnv.err().contains("HEARTH_PASSWORD is set"), withEnv.err());
        assertFalse(withEnv.err().contains("mine"));
    }

    @Test
    void theHostsOwnPasswordStaysOutOfTheInviteUnlessAskedAndNoneIsMade() throws IOException {
        Path file = Files.writeString(temp.resolve("pw"), "mine\n");

        CommandLineRun quiet = start(Map.of(), "--password-file", file.toString());
        CommandLineRun asked = start(Map.of("HEARTH_PASSWORD", "from env"), "--invite-with-password");

        assertNull(Invite.parse(quiet.listeningInvite()).password());
        assertTrue(quiet.err().contains("the invite does not carry the password: tell friends the password too"),
                quiet.err());
        assertEquals("from env", Invite.parse(asked.listeningInvite()).password());
        assertTrue(asked.err().contains("the invite carries your password: share it only with friends"), asked.err());
        assertFalse(quiet.err().contains("mine") || asked.err().contains("from env"), "never the password itself");
        assertFalse(Files.exists(temp.resolve("data").resolve(GeneratedPassword.FILE)));
    }

    @Test
    void aDamagedPasswordFileIsSetAsideAndReportedNeverSilentlyReplaced() throws IOException {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"));
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.write(data.resolve(GeneratedPassword.FILE), new byte[] {(byte) 0xff, (byte) 0xfe, 0});

        CommandLineRun run = start(Map.of());

        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.list(data)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith(GeneratedPassword.FILE + ".damaged-"))
                    .toList();
            assertEquals(1, aside.size(), "set aside next to where it was");
            assertEquals(3, Files.size(aside.getFirst()), "kept as it was");
        }
        assertTrue(run.err().contains("was damaged") && run.err().contains("old invites no longer work"), run.err());
        assertNotNull(Invite.parse(run.listeningInvite()).password());
    }
}
