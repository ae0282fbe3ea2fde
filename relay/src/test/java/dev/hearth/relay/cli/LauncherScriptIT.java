package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/hearth-relay}, the launcher script next to the jar, run as a person runs it: with
 * JAVA_HOME a Java 25 it works whatever {@code java} is first on the PATH.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptIT {

    private static final String VERSION_LINE = "hearth-relay \\d+\\.\\d+\\.\\d+";
    private static final Path JAVA_25_HOME = Path.of(System.getProperty("java.home"));

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
    void javaHomeWinsOverAnOlderJavaOnThePath() throws Exception {
        relay = RelayProcess.startLauncher(temp, oldJavaOnPath(JAVA_25_HOME), "--version");

        assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)), relay.stderr().toString());
        assertTrue(relay.stdout().getFirst().matches(VERSION_LINE), relay.stdout().toString());
        assertEquals(List.of(), relay.stderr());
    }

    @Test
    void withoutJavaHomeAnOlderJavaOnThePathGetsTheJarsOneLine() throws Exception {
        relay = RelayProcess.startLauncher(temp, oldJavaOnPath(null), "--version");

        assertEquals(1, relay.awaitExit(Duration.ofSeconds(30)));
        assertEquals(List.of(OldJava.TOO_OLD_LINE), relay.stderr());
        assertEquals(List.of(), relay.stdout());
    }

    @Test
    void noJavaAtAllIsOneLineAndExitCodeOne() throws Exception {
        Path emptyDir = Files.createDirectory(temp.resolve("no-java-here"));
        relay = RelayProcess.startLauncher(temp, env -> {
            env.remove("JAVA_HOME");
            env.put("PATH", emptyDir.toString());
        }, "--version");

        assertEquals(1, relay.awaitExit(Duration.ofSeconds(30)));
        assertEquals(List.of("hearth-relay: no Java found; set JAVA_HOME to a Java 25, or install one"
                + " (e.g. Temurin 25)."), relay.stderr());
        assertEquals(List.of(), relay.stdout());
    }

    @Test
    void argumentsArriveAsGivenWithTheirSpacesAndStars() throws Exception {
        relay = RelayProcess.startLauncher(temp, javaHome(), "--port", "1  *");

        assertEquals(2, relay.awaitExit(Duration.ofSeconds(30)));
        assertEquals("hearth-relay: Invalid value for option '--port': '1  *' is not an int", relay.stderr().getFirst());
    }

    @Test
    void passesTheRelaysJvmOptions() throws Exception {
        relay = RelayProcess.startLauncher(temp, javaHome().andThen(
                env -> env.put("HEARTH_RELAY_JAVA_OPTS", "-XX:+PrintCommandLineFlags")), "--version");

        assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)), relay.stderr().toString());
        String flags = relay.stdout().getFirst();
        assertTrue(flags.contains("-XX:+ExitOnOutOfMemoryError"), flags);
        assertTrue(relay.stdout().get(1).matches(VERSION_LINE), relay.stdout().toString());
    }

    @Test
    void theUsersJvmOptionsComeLastSoTheyWin() throws Exception {
        relay = RelayProcess.startLauncher(temp, javaHome().andThen(env -> env.put("HEARTH_RELAY_JAVA_OPTS",
                "-XX:-ExitOnOutOfMemoryError  -XX:+PrintCommandLineFlags")), "--version");

        assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)), relay.stderr().toString());
        String flags = relay.stdout().getFirst();
        assertTrue(flags.contains("-XX:-ExitOnOutOfMemoryError"), flags);
    }

    @Test
    void becomesTheJavaProcessSoSigtermReachesTheRelay() throws Exception {
        relay = RelayProcess.startLauncher(temp, javaHome(), "--plaintext", "--open", "--bind", "127.0.0.1", "--port", "0",
                "--data-dir", temp.resolve("data").toString());
        relay.awaitStdout(l -> l.contains("listening on"), Duration.ofSeconds(30));

        String command = relay.process().info().command().orElse("");
        assertTrue(command.endsWith("/java"), "the script exec'd java: " + command);
        relay.process().destroy();
        assertEquals(0, relay.awaitExit(Duration.ofSeconds(15)), "exit code after SIGTERM");
    }

    @Test
    void findsTheJarThroughASymbolicLinkToTheScript() throws Exception {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("hearth-relay"), RelayProcess.launcher().toAbsolutePath());
        relay = RelayProcess.startLauncher(link, temp, javaHome(), "--version");

        assertEquals(0, relay.awaitExit(Duration.ofSeconds(30)), relay.stderr().toString());
        assertTrue(relay.stdout().getFirst().matches(VERSION_LINE), relay.stdout().toString());
    }

    private static Consumer<Map<String, String>> javaHome() {
        return env -> env.put("JAVA_HOME", JAVA_25_HOME.toString());
    }

    /** Debian's Java 17 first on the PATH, and JAVA_HOME as given ({@code null}: unset). */
    private static Consumer<Map<String, String>> oldJavaOnPath(Path javaHome) {
        Path oldBin = OldJava.java().getParent();
        return env -> {
            env.put("PATH", oldBin + ":/usr/bin:/bin");
            if (javaHome == null) {
                env.remove("JAVA_HOME");
            } else {
                env.put("JAVA_HOME", javaHome.toString());
            }
        };
    }
}
