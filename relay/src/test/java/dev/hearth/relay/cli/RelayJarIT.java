package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged relay jar as an operator runs it: a separate process, real sockets, real signals. */
class RelayJarIT {

    private static final Pattern LISTENING = Pattern.compile(
            "listening on (\\S+):(\\d+) fingerprint (sha256:[A-Za-z0-9_-]{43}) invite (\\S+)");
    private static final String PASSWORD = "s3cret pass";

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
    void servesPinnedTlsAndStopsWithExitCodeZeroOnSigterm() throws Exception {
        Path passwordFile = Files.writeString(temp.resolve("password"), PASSWORD + "\n");
        relay = RelayProcess.start(temp, "--port", "0", "--data-dir", temp.resolve("data").toString(),
                "--password-file", passwordFile.toString());
        Matcher listening = LISTENING.matcher(relay.awaitStdout(l -> l.contains("listening on"), Duration.ofSeconds(30)));
        assertTrue(listening.find(), "listening line has address, fingerprint and invite");
        int port = Integer.parseInt(listening.group(2));
        String fingerprint = listening.group(3);
        assertInviteMatches(Invite.parse(listening.group(4)), port, fingerprint);

        String marker = "marker-" + UUID.randomUUID();
        try (LineClient alice = LineClient.connectPinned(port, fingerprint)) {
            assertEquals("TLSv1.3", alice.protocol());
            alice.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\",\"password\":\"" + PASSWORD + "\"}");
            assertEquals("alice", alice.await("welcome").path("nick").asText());
            alice.send("{\"type\":\"join\",\"room\":\"lobby\"}");
            alice.await("joined");
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"" + marker + "\",\"id\":\"c1\"}");
            assertEquals(marker, alice.await("message").path("text").asText(), "the echo acknowledges the say");

            relay.process().destroy(); // SIGTERM on Linux and macOS

            JsonNode error = alice.await("error");
            assertEquals("shutting-down", error.path("code").asText());
        }
        assertEquals(0, relay.awaitExit(Duration.ofSeconds(15)), "exit code after SIGTERM");
        String everythingPrinted = String.join("\n", relay.stdout()) + String.join("\n", relay.stderr());
        assertFalse(everythingPrinted.contains(marker), "message text must never be printed or logged");
        assertFalse(everythingPrinted.contains(PASSWORD), "the password must never be printed or logged");
        assertEquals(List.of("data/relay-certificate.pem", "data/relay-key.pem", "password"), filesUnder(temp),
                "the relay's only files are its identity; the work directory gets nothing");
        for (Path file : List.of(temp.resolve("data/relay-certificate.pem"), temp.resolve("data/relay-key.pem"))) {
            assertFalse(Files.readString(file).contains(marker), "no message text on disk");
        }
    }

    private static List<String> filesUnder(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void badPortExitsTwoWithOneLineReason() throws Exception {
        relay = RelayProcess.start(temp, "--port", "-1");

        assertEquals(2, relay.awaitExit(Duration.ofSeconds(30)));
        List<String> stderr = relay.stderr();
        assertEquals(List.of("hearth-relay: --port must be between 0 and 65535, not -1", "Try 'hearth-relay --help'."),
                stderr);
        assertEquals(List.of(), relay.stdout());
    }

    @Test
    void helpExitsZero() throws Exception {
        relay = RelayProcess.start(temp, "--help");

        assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)));
        assertTrue(relay.stdout().getFirst().startsWith("Usage: "), relay.stdout().toString());
        assertTrue(String.join("\n", relay.stdout()).contains("--password-file"));
    }

    @Test
    void versionComesFromTheJarManifest() throws Exception {
        relay = RelayProcess.start(temp, "--version");

        assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)));
        assertTrue(relay.stdout().getFirst().matches("hearth-relay \\d+\\.\\d+\\.\\d+"), relay.stdout().toString());
    }

    @Test
    void anOlderJavaGetsOneLineSayingWhichJavaIsNeededAndExitCodeOne() throws Exception {
        relay = RelayProcess.startWithJava(OldJava.java().toString(), temp, RelayProcess.LAUNCHER_JVM_OPTIONS,
                "--version");

        assertEquals(1, relay.awaitExit(Duration.ofSeconds(30)));
        assertEquals(List.of(OldJava.TOO_OLD_LINE), relay.stderr());
        assertEquals(List.of(), relay.stdout());
    }

    private static void assertInviteMatches(Invite invite, int port, String fingerprint) {
        assertTrue(invite.tls());
        assertEquals(port, invite.port());
        assertEquals(fingerprint, invite.fingerprint());
        assertNull(invite.password(), "the password stays out of the invite unless asked");
    }
}
