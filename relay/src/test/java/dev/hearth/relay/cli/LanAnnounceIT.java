package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.lan.LanRecord;
import dev.hearth.protocol.Hello;
import dev.hearth.relay.lan.LanListener;
import dev.hearth.relay.lan.LanNamespace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay's jar, run inside a network namespace of its own with --lan-announce on, is heard by
 * a jmDNS browser at the other end of the namespace's link with the TXT record it should carry,
 * and withdraws the announcement on SIGTERM. Nothing reaches the machine's own network.
 * Prints how long the announcement took to be listed and to go (for docs, not asserted).
 */
class LanAnnounceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile(":(\\d+) fingerprint (sha256:\\S+) invite ");

    @TempDir
    Path temp;

    @Test
    void aRunningRelayIsHeardOnTheLocalNetworkWithItsFingerprintAndGoesAwayOnSigterm() throws Exception {
        try (LanNamespace lan = LanNamespace.create();
             LanListener listener = LanListener.on(lan.hostAddress());
             RelayProcess relay = RelayProcess.startInside(lan.exec(), temp, env -> env.remove(RelayOptions.LAN_ANNOUNCE_ENV),
                     "--port", "0", "--bind", lan.namespaceAddress().getHostAddress(), "--public-host", "lan-test",
                     "--data-dir", temp.resolve("data").toString(), "--lan-announce", "on")) {
            String line = relay.awaitStdout(l -> l.contains(" listening on "), WAIT);
            long listening = System.nanoTime();
            Matcher matcher = LISTENING.matcher(line);
            assertTrue(matcher.find(), line);

            LanListener.Heard found = listener.await(h -> h.record() != null, WAIT);

            LanRecord expected = new LanRecord("Hearth on lan-test", lan.namespaceAddress().getHostAddress(),
                    Integer.parseInt(matcher.group(1)), matcher.group(2), true, Hello.VERSION);
            assertEquals(expected, found.record());
            long listed = found.nanoTime();

            long signalled = System.nanoTime();
            relay.process().destroy(); // SIGTERM
            // jmDNS may resolve the relay again as its records refresh; only a removal ends the wait.
            LanListener.Heard gone = listener.await(h -> h.name().equals(expected.name()) && h.record() == null, WAIT);
            assertEquals(0, relay.awaitExit(WAIT));
            assertTrue(relay.stderr().stream().anyMatch(l -> l.equals("hearth-relay: announced on the local network as"
                    + " \"Hearth on lan-test\" (_hearth._tcp.local. on " + lan.namespaceAddress().getHostAddress() + ")")),
                    () -> "stderr: " + relay.stderr());
            System.out.printf("LanAnnounceIT: listening line -> listed %d ms; SIGTERM -> gone %d ms%n",
                    (listed - listening) / 1_000_000, (gone.nanoTime() - signalled) / 1_000_000);
        }
    }
}
