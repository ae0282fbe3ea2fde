package dev.hearth.installers.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.installers.testing.PackageTools;
import dev.hearth.installers.testing.RunningProcess;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay's .deb, unpacked with {@code dpkg-deb -x} (never installed on this machine): its own
 * launcher on its own runtime serves friends with the invite it prints, and locks out everyone else.
 */
class RelayDebIT {

    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void theUnpackedRelayPrintsAnInviteWhosePasswordLetsFriendsInAndNobodyElse() throws Exception {
        Path root = RelayPackages.unpackDeb(temp.resolve("root"));
        Path data = temp.resolve("state");
        List<String> command = List.of(root.resolve("usr/bin/hearth-relay").toString(), "--port", "0", "--bind",
                "127.0.0.1", "--public-host", "127.0.0.1", "--data-dir", data.toString());
        Path classLog = temp.resolve("classes.log");
        long started = System.nanoTime();
        try (RunningProcess relay = RunningProcess.start(temp, env -> {
            // The package's own config file, as the service reads it; no Java but the package's own.
            env.put("HEARTH_RELAY_CONFIG", root.resolve("etc/hearth-relay/relay.conf").toString());
            env.remove("JAVA_HOME");
            env.put("PATH", "/usr/bin:/bin");
            // The JVM refuses to start unless the package's AOT cache maps, unpacked here and not where it was made.
            env.put("HEARTH_RELAY_JAVA_OPTS", "-XX:AOTMode=on -Xlog:class+load=info:file=" + classLog);
        }, command)) {
            String listening = relay.awaitStdout(l -> l.contains(" listening on "), START);
            long startupMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("relay-packages: the packaged relay listened %d ms after its launcher started%n",
                    startupMillis);
            Invite invite = Invite.parse(listening.substring(listening.indexOf(" invite ") + 8));
            assertNotNull(invite.password(), "no password configured: the relay made one and the invite carries it");
            assertTrue(invite.tls());
            String java = relay.process().info().command().orElse("");
            assertTrue(java.startsWith(root.resolve("usr/lib/hearth-relay/runtime").toString()),
                    "runs on the package's own runtime: " + java);
            List<String> picocli = Files.readAllLines(classLog).stream().filter(l -> l.contains(" picocli.")).toList();
            assertFalse(picocli.isEmpty(), "the command line is picocli's");
            assertEquals(List.of(), picocli.stream().filter(l -> !l.endsWith("source: shared objects file")).toList(),
                    "every class of the command line comes from the AOT cache, none loaded cold from the jar");
            List<String> arguments = relay.process().info().arguments().map(List::of).orElse(List.of());
            assertTrue(arguments.contains("dev.hearth.relay.cli.RelayMain") && !arguments.contains("-jar"),
                    "the package's own Java 25 starts the relay's main class, not the jar's version gate: " + arguments);

            String marker = "marker-" + UUID.randomUUID();
            try (PinnedClient alice = PinnedClient.connect(invite.port(), invite.fingerprint());
                 PinnedClient bob = PinnedClient.connect(invite.port(), invite.fingerprint());
                 PinnedClient stranger = PinnedClient.connect(invite.port(), invite.fingerprint())) {
                alice.send("type", "hello", "v", 1, "nick", "alice", "password", invite.password());
                alice.await("welcome");
                bob.send("type", "hello", "v", 1, "nick", "bob", "password", invite.password());
                bob.await("welcome");
                alice.send("type", "join", "room", "lobby");
                alice.await("joined");
                bob.send("type", "join", "room", "lobby");
                bob.await("joined");
                alice.send("type", "say", "room", "lobby", "text", marker, "id", "s1");
                assertEquals(marker, bob.await("message").path("text").asText(), "bob hears alice");

                stranger.send("type", "hello", "v", 1, "nick", "eve");
                assertEquals("auth-failed", stranger.await("error").path("code").asText(), "no invite, no entry");
            }

            List<String> again = new ArrayList<>(List.of(root.resolve("usr/bin/hearth-relay").toString(), "invite",
                    "--port", String.valueOf(invite.port()), "--bind", "127.0.0.1", "--data-dir", data.toString()));
            try (RunningProcess inviteCommand = RunningProcess.start(temp, env -> env.put("PATH", "/usr/bin:/bin"), again)) {
                assertEquals(invite.format(), inviteCommand.awaitStdout(l -> !l.isBlank(), START),
                        "hearth-relay invite prints the running relay's invite");
                assertEquals(0, inviteCommand.awaitExit(START));
            }

            relay.process().destroy(); // SIGTERM, as systemctl stop sends
            assertEquals(0, relay.awaitExit(Duration.ofSeconds(15)), "exit code after SIGTERM: " + relay.stderr());
            assertFalse(String.join("\n", relay.stderr()).contains(marker), "no message text in the log");
        }
    }

    @Test
    void theLaunchersOwnJavaGetsTheCacheAndNoOtherJavaDoes() throws Exception {
        Path root = RelayPackages.unpackDeb(temp.resolve("root"));
        List<String> version = List.of(root.resolve("usr/lib/hearth-relay/bin/hearth-relay").toString(), "--version");
        // The Java running this test: also 25, but not the runtime the cache was made with.
        try (RunningProcess other = RunningProcess.start(temp,
                env -> env.put("JAVA_HOME", System.getProperty("java.home")), version)) {
            assertEquals("hearth-relay " + PackageTools.VERSION, other.awaitStdout(l -> !l.isBlank(), START));
            assertEquals(0, other.awaitExit(START));
            assertEquals(List.of(), other.stderr(), "no word about a cache that is not this Java's");
        }
        try (RunningProcess own = RunningProcess.start(temp, env -> {
            env.put("JAVA_HOME", root.resolve("usr/lib/hearth-relay/runtime").toString());
            env.put("HEARTH_RELAY_JAVA_OPTS", "-XX:AOTMode=on"); // fails to start unless the cache maps
        }, version)) {
            assertEquals("hearth-relay " + PackageTools.VERSION, own.awaitStdout(l -> !l.isBlank(), START));
            assertEquals(0, own.awaitExit(START), String.join("\n", own.stderr()));
        }
    }

    @Test
    void thePackageDeclaresItsFilesScriptsAndATrimmedRuntime() throws Exception {
        Path root = RelayPackages.unpackDeb(temp.resolve("root"));
        String deb = RelayPackages.deb().toString();

        assertEquals("hearth-relay", PackageTools.run("dpkg-deb", "-f", deb, "Package").strip());
        assertEquals(PackageTools.VERSION, PackageTools.run("dpkg-deb", "-f", deb, "Version").strip());
        assertEquals("amd64", PackageTools.run("dpkg-deb", "-f", deb, "Architecture").strip());
        String contents = PackageTools.run("dpkg-deb", "-c", deb);
        assertTrue(contents.lines().allMatch(l -> l.contains(" root/root ")), "every file belongs to root");
        for (String path : List.of("./usr/bin/hearth-relay", "./lib/systemd/system/hearth-relay.service",
                "./etc/hearth-relay/relay.conf", "./usr/lib/hearth-relay/lib/hearth-relay.jar",
                "./usr/lib/hearth-relay/bin/hearth-relay", "./usr/lib/hearth-relay/lib/hearth-relay.aot")) {
            assertTrue(contents.contains(" " + path + "\n"), path + " is in the package");
        }

        Path control = temp.resolve("control");
        PackageTools.run("dpkg-deb", "-e", deb, control.toString());
        assertEquals(List.of("/etc/hearth-relay/relay.conf"), Files.readAllLines(control.resolve("conffiles")),
                "the host's settings survive upgrades");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertTrue(Files.isExecutable(control.resolve(script)), script);
            PackageTools.run("sh", "-n", control.resolve(script).toString());
        }
        String postrm = Files.readString(control.resolve("postrm"));
        Matcher purge = Pattern.compile("(?s)\"\\$1\" = purge.*rm -rf /var/lib/hearth-relay.*userdel hearth-relay")
                .matcher(postrm);
        assertTrue(purge.find(), "purge removes the state directory and the user; remove keeps them");

        String release = Files.readString(root.resolve("usr/lib/hearth-relay/runtime/release"));
        // java.xml: the UPnP gateway's description and SOAP answers, which no test here reaches on this runtime.
        Matcher modules = Pattern.compile("MODULES=\"([^\"]*)\"").matcher(release);
        assertTrue(modules.find(), release);
        assertEquals(Set.of("java.base", "java.logging", "java.xml"), Set.of(modules.group(1).split(" ")),
                "only what the relay uses: " + release);
        System.out.printf("relay-packages: .deb %.1f MB, installed %s kB%n", Files.size(RelayPackages.deb()) / 1e6,
                PackageTools.run("dpkg-deb", "-f", deb, "Installed-Size").strip());
    }

    @Test
    void theUnitPassesSystemdsLintAndIsRatedOkOrBetter() throws Exception {
        Path root = RelayPackages.unpackDeb(temp.resolve("root"));
        Path unit = root.resolve("lib/systemd/system/hearth-relay.service");
        // verify resolves the targets the unit names from its root: give it the machine's.
        PackageTools.run("cp", "-an", "/lib/systemd/system/.", root.resolve("lib/systemd/system").toString());

        PackageTools.Result verify = PackageTools.exec("systemd-analyze", "verify", "--man=no", "--root=" + root, unit.toString());
        assertEquals(0, verify.exitCode(), verify.output());
        assertEquals("", verify.output().strip(), "no warnings");

        String security = PackageTools.run("systemd-analyze", "security", "--offline=true", unit.toString());
        Matcher overall = Pattern.compile("Overall exposure level for hearth-relay.service: ([0-9.]+) (\\w+)")
                .matcher(security);
        assertTrue(overall.find(), security);
        System.out.printf("relay-packages: systemd-analyze security: %s %s%n", overall.group(1), overall.group(2));
        assertTrue(List.of("PERFECT", "SAFE", "OK").contains(overall.group(2)), "rated " + overall.group(2));
        Map<String, String> required = Map.of("ProtectSystem", "strict", "ProtectHome", "yes", "PrivateTmp", "yes",
                "PrivateDevices", "yes", "NoNewPrivileges", "yes", "CapabilityBoundingSet", "",
                "SystemCallFilter", "@system-service", "Restart", "on-failure", "StateDirectory", "hearth-relay",
                "User", "hearth-relay");
        List<String> lines = Files.readAllLines(unit);
        required.forEach((key, value) -> assertTrue(lines.contains(key + "=" + value), key + "=" + value));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("MemoryMax=")), "MemoryMax");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("RestrictAddressFamilies=")), "RestrictAddressFamilies");
    }
}
