package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembered password goes to the real Secret Service: a private D-Bus session with its own
 * GNOME Keyring (never the machine's), the client's code in a child JVM, and {@code secret-tool},
 * an independent client, reading back what was stored. The settings file keeps no password, and
 * one an older version wrote there moves into the keyring.
 */
class KeyringPasswordsIT {

    @TempDir
    Path temp;

    @Test
    void aRememberedPasswordIsKeptInTheSecretServiceAndNotInTheSettingsFile() throws Exception {
        for (String tool : List.of("dbus-run-session", "gnome-keyring-daemon", "secret-tool")) {
            assumeTrue(onPath(tool), tool + " is not installed (.ci/run installs dbus, gnome-keyring, libsecret-tools)");
        }
        Path config = Files.createDirectories(temp.resolve("config"));
        Files.writeString(config.resolve(RecentRelays.FILE_NAME), "{\"relays\":[{\"host\":\"old.example\",\"port\":7777,"
                + "\"tls\":true,\"nick\":\"alice\",\"password\":\"old secret\"}]}");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        String probe = "'" + java + "' -cp '" + classpath + "' " + KeyringProbe.class.getName() + " '" + config + "'";
        String script = String.join("\n",
                "printf hearth | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1 || exit 3",
                probe + " remember || exit 4",
                probe + " || exit 5",
                "printf 'lookup=%s\\n' \"$(secret-tool lookup service '" + KeyringPasswords.SERVICE + "' account home.example:7777)\"",
                "printf 'old=%s\\n' \"$(secret-tool lookup service '" + KeyringPasswords.SERVICE + "' account old.example:7777)\"");
        Path output = temp.resolve("output");
        Process session = new ProcessBuilder("dbus-run-session", "--", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!session.waitFor(60, TimeUnit.SECONDS)) {
            session.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(line -> line.matches("[a-z]+=.*")).toList();

        assertEquals(0, session.exitValue(), String.join("\n", Files.readAllLines(output)));
        assertEquals(List.of("place=SECRET_SERVICE", "loaded=open sesame", "place=SECRET_SERVICE", "loaded=open sesame",
                "lookup=open sesame", "old=old secret"), lines, "a second process and secret-tool find it");
        String file = Files.readString(config.resolve(RecentRelays.FILE_NAME));
        assertFalse(file.contains("open sesame") || file.contains("old secret"), file);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
