package dev.hearth.relay.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code java -jar hearth-relay.jar} as a separate process, run by the same {@code java} as the
 * tests unless a test says otherwise, or through its launcher script. Two virtual threads drain its
 * stdout and stderr so it never blocks on a full pipe.
 */
final class RelayProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> stdoutLines = new LinkedBlockingQueue<>();
    private final List<String> stdout = new ArrayList<>(); // Guarded by itself
    private final List<String> stderr = new ArrayList<>(); // Guarded by itself
    private final Thread[] drains;

    private RelayProcess(Process process) {
        this.process = process;
        this.drains = new Thread[] {
            Thread.ofVirtual().name("relay-stdout").start(() -> drain(process.getInputStream(), stdout, stdoutLines)),
            Thread.ofVirtual().name("relay-stderr").start(() -> drain(process.getErrorStream(), stderr, null))
        };
    }

    /**
     * The options every launcher of the relay passes (its scripts' JAVA_OPTS_DEFAULT): the heap its
     * default limits are sized for (docs/relay.md, "Memory"), and a relay out of memory exits.
     */
    static final List<String> LAUNCHER_JVM_OPTIONS = LauncherScripts.jvmOptions();

    static RelayProcess start(Path workDir, String... args) throws IOException {
        return start(workDir, LAUNCHER_JVM_OPTIONS, args);
    }

    /** @param jvmOptions options for the relay's JVM, in place of {@link #LAUNCHER_JVM_OPTIONS} */
    static RelayProcess start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return startWithJava(java, workDir, jvmOptions, args);
    }

    /** The jar run by the {@code java} executable given, e.g. an older one than the tests run on. */
    static RelayProcess startWithJava(String java, Path workDir, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", built("hearth.relay.jar", "target/hearth-relay.jar").toString()));
        command.addAll(List.of(args));
        return launch(command, workDir, environment -> {});
    }

    /** The jar as {@link #start} runs it, inside the network namespace {@code namespace} ({@code ip netns exec}). */
    static RelayProcess startInNamespace(String namespace, Path workDir, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", namespace, java));
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(List.of("-jar", built("hearth.relay.jar", "target/hearth-relay.jar").toString()));
        command.addAll(List.of(args));
        return launch(command, workDir, environment -> {});
    }

    /**
     * The jar run inside something that then runs it, e.g. {@code ip netns exec NAME}.
     *
     * @param environment changes to the inherited environment
     */
    static RelayProcess startInside(List<String> prefix, Path workDir, Consumer<Map<String, String>> environment,
            String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(prefix);
        command.add(java);
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(List.of("-jar", built("hearth.relay.jar", "target/hearth-relay.jar").toString()));
        command.addAll(List.of(args));
        return launch(command, workDir, environment);
    }

    /**
     * {@code target/hearth-relay}, the launcher script next to the jar, as a person runs it.
     *
     * @param environment changes to the inherited environment, e.g. which {@code java} is on the PATH
     */
    static RelayProcess startLauncher(Path workDir, Consumer<Map<String, String>> environment, String... args)
            throws IOException {
        return startLauncher(launcher(), workDir, environment, args);
    }

    /** The launcher script at {@code script}, e.g. a symbolic link to {@link #launcher()}. */
    static RelayProcess startLauncher(Path script, Path workDir, Consumer<Map<String, String>> environment,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return launch(command, workDir, environment);
    }

    /** {@code target/hearth-relay}, made by the package phase. */
    static Path launcher() {
        return built("hearth.relay.launcher", "target/hearth-relay");
    }

    private static Path built(String property, String fallback) {
        Path file = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file + "; run the package phase first");
        }
        return file;
    }

    private static RelayProcess launch(List<String> command, Path workDir, Consumer<Map<String, String>> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.remove(PasswordSource.ENV);
        // Each of these makes the JVM print a "Picked up …" line of its own.
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").forEach(env::remove);
        // Keeps a relay started without --data-dir out of the real home directory.
        env.put("XDG_DATA_HOME", workDir.toAbsolutePath().toString());
        environment.accept(env);
        return new RelayProcess(builder.start());
    }

    Process process() {
        return process;
    }

    /** The first stdout line matching {@code wanted}; fails after {@code timeout} or once the relay has exited. */
    String awaitStdout(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = stdoutLines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null && !process.isAlive()) {
                drains[0].join(Duration.ofSeconds(5));
                line = stdoutLines.poll();
                if (line == null) {
                    throw new AssertionError("relay exited with " + process.exitValue() + " before printing the"
                            + " expected line; stdout=" + stdout() + " stderr=" + stderr());
                }
            }
            if (line != null && wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no matching stdout line within " + timeout + "; stdout=" + stdout()
                + " stderr=" + stderr());
    }

    /** The first stderr line (the log) containing {@code text}; fails after {@code timeout}. */
    String awaitStderr(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : stderr()) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                drains[1].join(Duration.ofSeconds(5));
                return stderr().stream().filter(line -> line.contains(text)).findFirst().orElseThrow(() ->
                        new AssertionError("relay exited before logging '" + text + "'; stderr=" + stderr()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no stderr line with '" + text + "' within " + timeout + "; stderr=" + stderr());
    }

    /** Waits for the exit and for both streams to be read to their end. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("relay still running after " + timeout + "; stdout=" + stdout() + " stderr="
                    + stderr());
        }
        for (Thread drain : drains) {
            drain.join(Duration.ofSeconds(5));
        }
        return process.exitValue();
    }

    List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static void drain(InputStream stream, List<String> into, BlockingQueue<String> alsoInto) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (into) {
                    into.add(line);
                }
                if (alsoInto != null) {
                    alsoInto.add(line);
                }
            }
        } catch (IOException e) {
            // The process is gone; what was read so far is all there is.
        }
    }
}
