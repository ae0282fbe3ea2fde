package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged client starts from its single jar: every class, FXML file, bundle and stylesheet is inside.
 * An older Java than it needs gets one line that says so, from the jar's Java 8 Main-Class.
 */
class ClientJarIT {

    private static final Path JAR = Path.of("target", "hearth-client.jar");

    @TempDir
    Path home;

    @Test
    void theJarStartsToTheConnectScreenAndKeepsRunning() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "built by the package phase: " + JAR.toAbsolutePath());
        String java = ProcessHandle.current().info().command().orElse("java");
        Path config = home.resolve("config");
        Path log = home.resolve("client.log");
        Process client = new ProcessBuilder(List.of(java, "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Duser.home=" + home, "-jar", JAR.toString(), "--config-dir=" + config))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertFalse(client.waitFor(4, TimeUnit.SECONDS), () -> "the client exited: " + read(log));
            assertTrue(Files.isDirectory(config), "the client made its config directory");
            String output = read(log);
            assertFalse(output.contains("Exception"), output);
            assertFalse(output.contains("Error:"), output);
        } finally {
            client.destroy();
            client.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutADisplayTheJarSaysSoInOneLineAndExitsOne() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stderr = home.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Duser.home=" + home, "-jar", JAR.toString()))
                .redirectOutput(home.resolve("stdout").toFile()).redirectError(stderr.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").forEach(builder.environment()::remove);
        Process client = builder.start();

        assertTrue(client.waitFor(30, TimeUnit.SECONDS), "the client exits at once");
        assertEquals(1, client.exitValue());
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.getFirst().startsWith("hearth-client: no display to open a window on"), lines.getFirst());
    }

    @Test
    void helpIsAnsweredWithoutAWindow() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stdout = home.resolve("stdout");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "--help"))
                .redirectOutput(stdout.toFile()).redirectError(home.resolve("stderr").toFile());
        builder.environment().remove("DISPLAY");
        Process client = builder.start();

        assertTrue(client.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, client.exitValue());
        assertTrue(read(stdout).startsWith("Usage: hearth-client"), read(stdout));
    }

    @Test
    void anOlderJavaGetsOneLineSayingWhichJavaIsNeededAndExitCodeOne() throws Exception {
        Path oldJavaHome = Path.of("/usr/lib/jvm/java-17-openjdk-amd64"); // Debian's default java
        Path oldJava = oldJavaHome.resolve("bin").resolve("java");
        assumeTrue(Files.isExecutable(oldJava), "no Java 17 at " + oldJavaHome);
        Path stdout = home.resolve("stdout");
        Path stderr = home.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(List.of(oldJava.toString(), "-jar", JAR.toString()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").forEach(builder.environment()::remove);
        Process client = builder.start();

        assertTrue(client.waitFor(30, TimeUnit.SECONDS), "the client exits at once");
        assertEquals(1, client.exitValue());
        assertEquals(List.of("hearth-client needs Java 25 or newer; this is Java 17 (" + oldJavaHome + ")."
                + " Set JAVA_HOME to a Java 25 and use its bin/java, or install one (e.g. Temurin 25)."),
                Files.readAllLines(stderr, StandardCharsets.UTF_8));
        assertEquals("", read(stdout));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
