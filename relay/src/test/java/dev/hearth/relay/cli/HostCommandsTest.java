package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.auth.GeneratedPassword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invite}, {@code password --new} and {@code version}, beside a relay that has run once. */
class HostCommandsTest {

    @TempDir
    Path temp;

    private String[] options(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(extra));
        args.addAll(List.of("--port", "7777", "--data-dir", temp.resolve("data").toString(), "--public-host",
                "chat.example.org"));
        return args.toArray(String[]::new);
    }

    /** The relay's first start, on a free port; its invite with the port the subcommands are told. */
    private Invite firstStart() {
        CommandLineRun run = CommandLineRun.run(Map.of(), "--port", "0", "--data-dir", temp.resolve("data").toString(),
                "--public-host", "chat.example.org");
        assertEquals(0, run.exitCode(), run.err());
        Invite invite = Invite.parse(run.listeningInvite());
        return Invite.tls(invite.host(), 7777, invite.fingerprint(), invite.password());
    }

    @Test
    void invitePrintsWhatTheRelayPrintedWithoutStartingOne() {
        Invite started = firstStart();

        CommandLineRun run = CommandLineRun.run(Map.of(), options("invite"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(started.format()), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void inviteForADataDirectoryNoRelayHasUsedSaysSoAndMakesNothing() {
        CommandLineRun run = CommandLineRun.run(Map.of(), options("invite"));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("hearth-relay: no relay-key.pem in "), run.err());
        assertTrue(run.err().contains("--data-dir"), run.err());
        assertFalse(Files.exists(temp.resolve("data")), "a subcommand never makes a relay's files");
    }

    @Test
    void inviteNeedsAPortToName() {
        firstStart();

        CommandLineRun run = CommandLineRun.run(Map.of(), "invite", "--port", "0", "--data-dir",
                temp.resolve("data").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--port 0"), run.err());
    }

    @Test
    void newPasswordReplacesTheMadeOneAndPrintsTheNewInvite() throws IOException {
        Invite before = firstStart();

        CommandLineRun run = CommandLineRun.run(Map.of(), options("password", "--new"));

        assertEquals(0, run.exitCode(), run.err());
        Invite after = Invite.parse(run.outLines().getFirst());
        assertNotEquals(before.password(), after.password());
        assertEquals(before.fingerprint(), after.fingerprint(), "the identity stays");
        assertEquals(after.password(), Files.readString(temp.resolve("data").resolve(GeneratedPassword.FILE)).strip());
        assertTrue(run.err().contains("takes it within seconds"), run.err());
        assertEquals(List.of(after.format()), CommandLineRun.run(Map.of(), options("invite")).outLines(),
                "the invite printed afterwards carries the new password");
    }

    @Test
    void newPasswordRefusesPasswordsTheHostGaveAndOpenRelays() throws IOException {
        firstStart();
        Path file = Files.writeString(temp.resolve("pw"), "mine\n");

        CommandLineRun fromFile = CommandLineRun.run(Map.of(), options("password", "--new", "--password-file",
                file.toString()));
        CommandLineRun fromEnv = CommandLineRun.run(Map.of("HEARTH_PASSWORD", "mine"), options("password", "--new"));
        CommandLineRun open = CommandLineRun.run(Map.of(), options("password", "--new", "--open"));

        assertEquals(2, fromFile.exitCode());
        assertTrue(fromFile.err().contains("write the new one into that file"), fromFile.err());
        assertEquals(2, fromEnv.exitCode());
        assertTrue(fromEnv.err().contains("HEARTH_PASSWORD"), fromEnv.err());
        assertEquals(2, open.exitCode());
        assertTrue(open.err().contains("no password to renew"), open.err());
    }

    @Test
    void passwordWithoutNewIsAUsageErrorThatSaysWhatToRun() {
        CommandLineRun run = CommandLineRun.run(Map.of(), options("password"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("needs --new") && run.err().contains("hearth-relay invite"), run.err());
    }

    @Test
    void inviteOfAnOpenRelayCarriesNoPassword() {
        CommandLineRun.run(Map.of(), "--port", "0", "--open", "--data-dir", temp.resolve("data").toString());

        CommandLineRun run = CommandLineRun.run(Map.of(), options("invite", "--open"));

        assertEquals(0, run.exitCode(), run.err());
        assertNull(Invite.parse(run.outLines().getFirst()).password());
    }

    @Test
    void versionPrintsTheVersionAndTakesNoOptions() {
        CommandLineRun run = CommandLineRun.run(Map.of(), "version");
        CommandLineRun extra = CommandLineRun.run(Map.of(), "version", "--port", "1");

        assertEquals(0, run.exitCode());
        assertEquals(List.of("hearth-relay " + Version.current()), run.outLines());
        assertEquals(2, extra.exitCode());
    }
}
