package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged client starts from its single jar: every class, FXML file, bundle and stylesheet is inside. */
class ClientJarIT {

    @TempDir
    Path home;

    @Test
    void theJarStartsToTheConnectScreenAndKeepsRunning() throws Exception {
        Path jar = Path.of("target", "hearth-client.jar");
        assertTrue(Files.isRegularFile(jar), "built by the package phase: " + jar.toAbsolutePath());
        String java = ProcessHandle.current().info().command().orElse("java");
        Path config = home.resolve("config");
        Path log = home.resolve("client.log");
        Process client = new ProcessBuilder(List.of(java, "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Duser.home=" + home, "-jar", jar.toString(), "--config-dir=" + config))
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

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
