package dev.hearth.installers.client;

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

/**
 * The client's .deb, unpacked with {@code dpkg-deb -x} (never installed here): its launcher opens
 * the window with the invite it was given, and its desktop entry hands it {@code hearth://} links.
 */
class ClientDebIT {

    private static final String INVITE =
            "hearth://relay.example.org:7777?fp=sha256:fwKAk5-AvNt0-5kwvcK89RCbUa7Rltnl-5FqVJPrRTs&pw=door-key";

    @TempDir
    Path temp;

    @Test
    void theUnpackedLauncherOpensItsWindowWithTheInviteFilledIn() throws Exception {
        Path root = ClientPackages.unpackDeb(temp.resolve("root"));
        Path launcher = root.resolve("opt/hearth/bin/Hearth");
        assertTrue(Files.isExecutable(launcher), "jpackage's launcher");
        Path home = Files.createDirectories(temp.resolve("home"));
        try (VirtualDisplay display = VirtualDisplay.start();
             RunningProcess client = RunningProcess.start(temp, env -> {
                 env.put("DISPLAY", display.name());
                 env.put("HOME", home.toString());
                 env.remove("JAVA_HOME");
                 // The JVM reads this whatever launches it: the smoke test never listens on the machine's network.
                 env.put("JAVA_TOOL_OPTIONS", "-Dhearth.lan=off");
             }, List.of(launcher.toString(), "--config-dir=" + home.resolve("config"), INVITE))) {
            Duration windowUp = display.awaitWindowTitled("Hearth", Duration.ofSeconds(60), client.process());
            System.out.printf("client-packages: the packaged client's window showed %d ms after start%n",
                    windowUp.toMillis());
            String opened = client.awaitStderr(l -> l.startsWith("hearth-client: opened invite"), Duration.ofSeconds(30));
            assertEquals("hearth-client: opened invite for relay.example.org:7777", opened);
            assertTrue(client.stderr().stream().noneMatch(l -> l.contains("door-key")), "the password is never printed");
        }
    }

    @Test
    void theDesktopEntryIsValidAndOpensHearthLinks() throws Exception {
        Path root = ClientPackages.unpackDeb(temp.resolve("root"));
        Path entry = root.resolve("usr/share/applications/hearth-client.desktop");

        PackageTools.Result validation = PackageTools.exec("desktop-file-validate", entry.toString());
        assertEquals(0, validation.exitCode(), validation.output());
        assertEquals("", validation.output().strip(), "no warnings either");
        List<String> lines = Files.readAllLines(entry);
        assertTrue(lines.contains("MimeType=x-scheme-handler/hearth;"), "registers the hearth:// handler");
        assertTrue(lines.contains("Exec=/opt/hearth/bin/Hearth %u"), "hands the link to the app");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Categories=") && l.contains("InstantMessaging")));
        assertTrue(Files.isRegularFile(root.resolve("usr/share/icons/hicolor/256x256/apps/hearth-client.png")));
        assertEquals("/opt/hearth/bin/Hearth", Files.readSymbolicLink(root.resolve("usr/bin/hearth-client")).toString());

        String depends = PackageTools.run("dpkg-deb", "-f", ClientPackages.deb().toString(), "Depends");
        for (String needed : List.of("libgtk-3-0", "libfreetype6", "libfontconfig1", "libpango-1.0-0", "fonts-noto-cjk", "fonts-symbola")) {
            assertTrue(depends.contains(needed), "declares " + needed + ": " + depends);
        }
        Path control = temp.resolve("control");
        PackageTools.run("dpkg-deb", "-e", ClientPackages.deb().toString(), control.toString());
        assertTrue(Files.readString(control.resolve("postinst")).contains("update-desktop-database"),
                "the desktop learns the handler on install");
        System.out.printf("client-packages: .deb %.1f MB, installed %s kB; tarball %.1f MB%n",
                Files.size(ClientPackages.deb()) / 1e6,
                PackageTools.run("dpkg-deb", "-f", ClientPackages.deb().toString(), "Installed-Size").strip(),
                Files.size(ClientPackages.tarball()) / 1e6);
    }

    @Test
    void theTarballIsTheSamePortableApp() throws Exception {
        PackageTools.run("tar", "-xzf", ClientPackages.tarball().toString(), "-C", temp.toString());

        assertTrue(Files.isExecutable(temp.resolve("Hearth/bin/Hearth")));
        assertTrue(Files.isRegularFile(temp.resolve("Hearth/lib/runtime/release")), "carries its own runtime");
        assertTrue(Files.readString(temp.resolve("Hearth/lib/app/Hearth.cfg"))
                .contains("--enable-native-access=ALL-UNNAMED"), "the launcher's JVM options");
    }
}
