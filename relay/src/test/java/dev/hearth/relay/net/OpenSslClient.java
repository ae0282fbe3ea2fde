package dev.hearth.relay.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code openssl s_client} against a relay on loopback, offering TLS 1.3 with exactly one
 * key-exchange group: a TLS stack that is not Java's, so the relay cannot pass by agreeing with
 * itself. Its stdin stays open while it runs, because s_client hangs up as soon as its input ends,
 * before the relay's answer arrives.
 */
final class OpenSslClient {

    /** What s_client printed (stdout and stderr merged), and how it ended. */
    record Transcript(List<String> lines, boolean exitedByItself, int exitCode) {

        boolean shows(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }
    }

    private OpenSslClient() {}

    static boolean available() {
        try {
            Process version = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            version.getInputStream().transferTo(OutputStream.nullOutputStream());
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Connects offering only {@code group}, sends {@code line}, and returns once a printed line
     * matches {@code until}, s_client exits by itself (a failed handshake) or {@code timeout} passes.
     */
    static Transcript talk(int port, String group, String line, Predicate<String> until, Duration timeout)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + port, "-tls1_3",
                "-groups", group, "-brief").redirectErrorStream(true).start();
        BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
        List<String> all = new ArrayList<>(); // Guarded by itself
        Thread drain = Thread.ofVirtual().name("s_client-output")
                .start(() -> drain(process.getInputStream(), all, fresh));
        try {
            send(process, line);
            boolean exitedByItself = awaitLineOrExit(process, drain, fresh, until, timeout);
            return new Transcript(copy(all), exitedByItself, exitedByItself ? process.exitValue() : -1);
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A handshake that fails fast may already have closed the pipe; the transcript then tells why. */
    private static void send(Process process, String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            // s_client is gone; nothing to send to
        }
    }

    private static boolean awaitLineOrExit(Process process, Thread drain, BlockingQueue<String> fresh,
            Predicate<String> until, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            String printed = fresh.poll(100, TimeUnit.MILLISECONDS);
            if (printed != null && until.test(printed)) {
                return false;
            }
            if (printed == null && !process.isAlive()) {
                drain.join(Duration.ofSeconds(5));
                if (fresh.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> copy(List<String> all) {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    private static void drain(InputStream stream, List<String> all, BlockingQueue<String> fresh) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (all) {
                    all.add(line);
                }
                fresh.add(line);
            }
        } catch (IOException e) {
            // s_client is gone; what was read so far is all there is
        }
    }
}
