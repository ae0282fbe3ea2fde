package dev.hearth.client.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real relay ({@code RelayMain}, from this JVM's class path) in a process of its own inside a
 * {@link LanNamespace}, announcing itself there. Virtual threads drain its output.
 */
public final class NamespacedRelay implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile(":(\\d+) fingerprint (sha256:\\S+) invite ");

    private final Process process;
    private final List<String> out = new ArrayList<>(); // Guarded by itself
    private final List<String> err = new ArrayList<>(); // Guarded by itself

    private NamespacedRelay(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> drain(process.getInputStream(), out));
        Thread.ofVirtual().start(() -> drain(process.getErrorStream(), err));
    }

    /** Starts a TLS relay with a made password on the namespace's end, announced as "Hearth on {@code host}". */
    public static NamespacedRelay start(LanNamespace lan, String host, Path dataDir) throws IOException {
        List<String> command = new ArrayList<>(lan.exec());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.hearth.relay.cli.RelayMain",
                "--port", "0", "--bind", lan.namespaceAddress().getHostAddress(), "--public-host", host,
                "--data-dir", dataDir.toString(), "--lan-announce", "on"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("HEARTH_PASSWORD");
        return new NamespacedRelay(builder.start());
    }

    /** The relay's fingerprint, once its listening line is out. */
    public String awaitFingerprint(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (out) {
                for (String line : out) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        return matcher.group(2);
                    }
                }
                out.wait(100);
            }
        }
        throw new AssertionError("no listening line; out=" + lines(out) + " err=" + lines(err));
    }

    /** SIGTERM, then the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("relay still running; err=" + lines(err));
        }
        return process.exitValue();
    }

    public List<String> err() {
        return lines(err);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static List<String> lines(List<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static void drain(InputStream stream, List<String> into) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (into) {
                    into.add(line);
                    into.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process is gone.
        }
    }
}
