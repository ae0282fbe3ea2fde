package dev.hearth.installers.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

/** A packaged launcher run as a person runs it; two virtual threads drain its output. */
public final class RunningProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> stdoutLines = new LinkedBlockingQueue<>();
    private final List<String> stderr = new ArrayList<>(); // Guarded by itself
    private final BlockingQueue<String> stderrLines = new LinkedBlockingQueue<>();

    private RunningProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> drain(process.getInputStream(), stdoutLines::add));
        Thread.ofVirtual().start(() -> drain(process.getErrorStream(), line -> {
            synchronized (stderr) {
                stderr.add(line);
            }
            stderrLines.add(line);
        }));
    }

    public static RunningProcess start(Path workDir, Consumer<Map<String, String>> environment, List<String> command)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // Each would change what is tested: JVM options of the caller's, a password or config of the host's.
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "HEARTH_PASSWORD", "HEARTH_RELAY_CONFIG",
                "HEARTH_RELAY_JAVA_OPTS").forEach(builder.environment()::remove);
        environment.accept(builder.environment());
        return new RunningProcess(builder.start());
    }

    public Process process() {
        return process;
    }

    public String awaitStdout(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        return await(stdoutLines, wanted, timeout);
    }

    public String awaitStderr(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        return await(stderrLines, wanted, timeout);
    }

    private String await(BlockingQueue<String> lines, Predicate<String> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                throw new AssertionError("exited with " + process.exitValue() + "; stderr=" + stderr());
            }
        }
        throw new AssertionError("no such line within " + timeout + "; stderr=" + stderr());
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + "; stderr=" + stderr());
        }
        return process.exitValue();
    }

    public List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static void drain(InputStream stream, Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // The process is gone; what it printed so far is kept.
        }
    }
}
