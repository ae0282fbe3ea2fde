package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.auth.GeneratedPassword;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearth-relay doctor} beside a real relay on loopback (the router is not asked here:
 * PortMappingIT runs the doctor against a real router daemon).
 */
class DoctorTest {

    @TempDir
    Path temp;

    @Test
    void findsTheRelayListeningWithItsOwnKeyAndNamesNoSecret() throws Exception {
        AtomicReference<CommandLineRun> doctor = new AtomicReference<>();
        CommandLineRun relay = CommandLineRun.run(Map.of(), running -> doctor.set(CommandLineRun.run(Map.of(),
                "doctor", "--port", String.valueOf(running.port()), "--data-dir", temp.toString())),
                "--port", "0", "--bind", "127.0.0.1", "--data-dir", temp.toString());
        String fingerprint = relay.listeningInvite().replaceAll(".*fp=([^&]+).*", "$1");
        String password = Files.readString(temp.resolve(GeneratedPassword.FILE)).strip();
        String report = doctor.get().out();

        assertEquals(RelayMain.OK, doctor.get().exitCode(), report + doctor.get().err());
        assertTrue(report.contains("listening: a relay answers on 127.0.0.1:") && report.contains(
                " with TLS 1.3 and the key " + fingerprint), report);
        assertTrue(report.contains("TLS identity: " + fingerprint), report);
        assertTrue(report.contains("password: the relay's own, kept in " + temp.resolve(GeneratedPassword.FILE)),
                report);
        assertTrue(report.contains("port mapping: off (--port-mapping off): the router is not asked"), report);
        assertTrue(report.contains("reachability: unknown: "), report);
        assertTrue(report.contains("next: check from outside"), report);
        assertFalse(report.contains(password), "the doctor never prints the password");
    }

    @Test
    void saysWhenNothingListensAndExitsWithOne() throws Exception {
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        CommandLineRun doctor = CommandLineRun.run(Map.of(), "doctor", "--port", String.valueOf(free),
                "--data-dir", temp.toString(), "--open");

        assertEquals(RelayMain.FAILURE, doctor.exitCode(), doctor.out());
        assertTrue(doctor.out().contains("listening: nothing answers on 127.0.0.1:" + free), doctor.out());
        assertTrue(doctor.out().contains("TLS identity: none yet in " + temp), doctor.out());
        assertTrue(doctor.out().contains("password: none (--open)"), doctor.out());
        assertTrue(doctor.out().contains("next: start the relay"), doctor.out());
        assertFalse(Files.exists(temp.resolve("relay-key.pem")), "the doctor creates nothing");
    }

    @Test
    void aRelayWithAnotherKeyIsNotThisOne() throws Exception {
        Path other = Files.createDirectory(temp.resolve("other"));
        Path mine = Files.createDirectory(temp.resolve("mine"));
        CommandLineRun.run(Map.of(), "--port", "0", "--bind", "127.0.0.1", "--data-dir", mine.toString());
        AtomicReference<CommandLineRun> doctor = new AtomicReference<>();
        CommandLineRun.run(Map.of(), running -> doctor.set(CommandLineRun.run(Map.of(), "doctor", "--port",
                String.valueOf(running.port()), "--data-dir", mine.toString())),
                "--port", "0", "--bind", "127.0.0.1", "--data-dir", other.toString());

        assertEquals(RelayMain.FAILURE, doctor.get().exitCode());
        assertTrue(doctor.get().out().contains("not this data directory's"), doctor.get().out());
        assertTrue(doctor.get().out().contains("next: the relay on port"), doctor.get().out());
    }
}
