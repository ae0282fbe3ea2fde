package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's day with the packaged jar: a relay configured by a file starts locked with a password
 * of its own, {@code invite} prints its invite again, and {@code password --new} shows everyone
 * logged in the door on the running relay, without a restart.
 */
class PasswordRotationIT {

    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private RelayProcess relay;

    @AfterEach
    void killLeftovers() {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void aNewPasswordTakesEffectOnTheRunningRelayAndEndsEveryoneLoggedInWithTheOld() throws Exception {
        Path config = Files.writeString(temp.resolve("relay.conf"), """
                # as a packaged relay.conf would say it
                port = 0
                bind = 127.0.0.1
                public-host = 127.0.0.1
                data-dir = data
                """);
        relay = RelayProcess.start(temp, "--config", config.toString());
        String listening = relay.awaitStdout(l -> l.contains("listening on"), START);
        Invite invite = Invite.parse(listening.substring(listening.indexOf(" invite ") + 8));
        assertNotNull(invite.password(), "no password configured: the relay made one, and the invite carries it");
        String[] sameRelay = {"--config", config.toString(), "--port", String.valueOf(invite.port())};

        assertEquals(List.of(invite.format()), subcommand("invite", sameRelay), "invite prints the same invite");

        String marker = "marker-" + UUID.randomUUID();
        try (LineClient alice = LineClient.connectPinned(invite.port(), invite.fingerprint());
             LineClient stranger = LineClient.connectPinned(invite.port(), invite.fingerprint())) {
            login(alice, "alice", invite.password());
            alice.await("welcome");
            alice.send("{\"type\":\"join\",\"room\":\"lobby\"}");
            alice.await("joined");
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"" + marker + "\",\"id\":\"c1\"}");
            alice.await("message");
            login(stranger, "stranger", null);
            assertEquals("auth-failed", stranger.await("error").path("code").asText(), "locked without the invite");

            List<String> rotated = subcommand("password", concat(new String[] {"--new"}, sameRelay));
            Invite renewed = Invite.parse(rotated.getFirst());
            assertNotEquals(invite.password(), renewed.password());
            assertEquals(invite.fingerprint(), renewed.fingerprint());

            JsonNode shownOut = alice.await("error"); // within the watch's period, seconds
            assertEquals("auth-failed", shownOut.path("code").asText(), shownOut::toString);
            assertTrue(shownOut.path("fatal").asBoolean());
            String announced = relay.awaitStdout(l -> l.contains("password changed"), START);
            assertTrue(announced.endsWith("invite " + renewed.format()), announced);
            assertEquals(List.of(renewed.format()), subcommand("invite", sameRelay),
                    "the invite printed afterwards carries the new password");

            try (LineClient old = LineClient.connectPinned(invite.port(), invite.fingerprint());
                 LineClient fresh = LineClient.connectPinned(invite.port(), invite.fingerprint())) {
                login(old, "alice", invite.password());
                assertEquals("auth-failed", old.await("error").path("code").asText());
                login(fresh, "alice", renewed.password());
                assertEquals("alice", fresh.await("welcome").path("nick").asText());
            }
        }

        relay.process().destroy();
        assertEquals(0, relay.awaitExit(Duration.ofSeconds(15)), "exit code after SIGTERM");
        String printed = String.join("\n", relay.stdout()) + String.join("\n", relay.stderr());
        assertFalse(printed.contains(marker), "message text is never printed");
        assertTrue(relay.stderr().stream().noneMatch(l -> l.contains(invite.password())),
                "the password appears only in the invite on stdout, never in the log");
    }

    private List<String> subcommand(String command, String... options) throws Exception {
        try (RelayProcess run = RelayProcess.start(temp, concat(new String[] {command}, options))) {
            assertEquals(0, run.awaitExit(START), () -> command + ": " + run.stderr());
            return run.stdout();
        }
    }

    private static void login(LineClient client, String nick, String password) throws Exception {
        client.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"" + nick + "\""
                + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
