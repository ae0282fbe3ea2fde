package dev.hearth.installers.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.installers.testing.PackageTools;
import dev.hearth.installers.testing.RunningProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tarball for any machine with Java 25: unpacked, its launcher runs the jar it carries. */
class RelayTarballIT {

    @TempDir
    Path temp;

    @Test
    void unpackedItHoldsJarLaunchersUnitAndGuideAndItsLauncherRuns() throws Exception {
        String listing = PackageTools.run("tar", "-tvzf", RelayPackages.tarball().toString());
        assertTrue(listing.lines().allMatch(l -> l.contains(" 0/0 ")), "no build user's name in the archive");
        PackageTools.run("tar", "-xzf", RelayPackages.tarball().toString(), "-C", temp.toString());
        Path top = temp.resolve("hearth-relay-" + PackageTools.VERSION);
        for (String file : List.of("lib/hearth-relay.jar", "bin/hearth-relay", "bin/hearth-relay.cmd",
                "systemd/hearth-relay.service", "relay.conf", "README.txt", "docs/self-hosting.md")) {
            assertTrue(Files.isRegularFile(top.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(top.resolve("bin/hearth-relay")), "the launcher keeps its mode");
        assertTrue(Files.readString(top.resolve("bin/hearth-relay.cmd")).contains("\r\n"), "Windows line ends");

        List<String> command = List.of(top.resolve("bin/hearth-relay").toString(), "version");
        try (RunningProcess version = RunningProcess.start(temp,
                env -> env.put("JAVA_HOME", System.getProperty("java.home")), command)) {
            assertEquals("hearth-relay " + PackageTools.VERSION,
                    version.awaitStdout(l -> !l.isBlank(), Duration.ofSeconds(30)));
            assertEquals(0, version.awaitExit(Duration.ofSeconds(30)));
        }
    }
}
