package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The launcher scripts as files: they parse, and both pass the same JVM options. {@code LauncherScriptIT} runs them. */
class LauncherScriptsTest {

    @Test
    void theScriptParsesInSh() throws Exception {
        assertParses("sh");
    }

    @Test
    void theScriptParsesInDash() throws Exception {
        assertParses("dash"); // Debian's /bin/sh: POSIX only, no bash-isms
    }

    @Test
    void shellcheckFindsNothing() throws Exception {
        assumeTrue(onPath("shellcheck"), "shellcheck is not installed");
        Result result = run(List.of("shellcheck", "--shell=sh", LauncherScripts.POSIX.toString()));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theScriptIsExecutable() {
        assertTrue(Files.isExecutable(LauncherScripts.POSIX), "git keeps the mode, the package phase copies it");
    }

    @Test
    void bothScriptsPassTheSameJvmOptionsAndTheyExitOnOutOfMemory() {
        assertEquals(LauncherScripts.jvmOptions(), LauncherScripts.windowsJvmOptions());
        assertTrue(LauncherScripts.jvmOptions().contains("-XX:+ExitOnOutOfMemoryError"),
                LauncherScripts.jvmOptions().toString());
    }

    @Test
    void theWindowsScriptRunsTheJarNextToItWithEveryArgument() {
        String script = LauncherScripts.read(LauncherScripts.WINDOWS);

        assertTrue(script.contains("set \"JAR=%~dp0hearth-relay.jar\""), script);
        assertTrue(script.contains("\"%JAVA_EXE%\" %JAVA_OPTS_DEFAULT% %HEARTH_RELAY_JAVA_OPTS% -jar \"%JAR%\" %*\r\n"),
                script);
        assertTrue(script.contains("set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\""), script);
        assertTrue(script.contains("exit /b %ERRORLEVEL%"), "the relay's exit code is the script's");
    }

    @Test
    void theWindowsScriptHasWindowsLineEnds() {
        // cmd.exe can miss a label (goto) in a file with bare \n line ends.
        String script = LauncherScripts.read(LauncherScripts.WINDOWS);
        assertFalse(script.replace("\r\n", "").contains("\n"), "every line ends with \\r\\n");
    }

    private static void assertParses(String shell) throws Exception {
        assumeTrue(onPath(shell), shell + " is not installed");
        Result result = run(List.of(shell, "-n", LauncherScripts.POSIX.toString()));
        assertEquals(0, result.exitCode(), shell + " -n: " + result.output());
        assertEquals("", result.output());
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "still running: " + command);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}
