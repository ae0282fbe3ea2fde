package dev.hearth.installers.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** An Xvfb X server of this test's own, on a display number no other server holds. */
final class VirtualDisplay implements AutoCloseable {

    private final Process server;
    private final String display;

    private VirtualDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    static VirtualDisplay start() throws IOException, InterruptedException {
        for (int number = 70; number < 200; number++) {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            if (Files.exists(socket) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && server.isAlive() && !Files.exists(socket)) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            if (server.isAlive() && Files.exists(socket)) {
                return new VirtualDisplay(server, ":" + number);
            }
            server.destroyForcibly();
        }
        throw new IllegalStateException("no free X display for Xvfb");
    }

    String name() {
        return display;
    }

    /** Whether a top-level window titled {@code title} is on this display. */
    boolean showsWindowTitled(String title) throws IOException, InterruptedException {
        Process tree = new ProcessBuilder("xwininfo", "-root", "-tree", "-display", display)
                .redirectErrorStream(true).start();
        String windows = new String(tree.getInputStream().readAllBytes());
        tree.waitFor(10, TimeUnit.SECONDS);
        return windows.lines().anyMatch(l -> l.contains("\"" + title + "\": (\"dev.hearth.client.app.HearthApp\""));
    }

    /** Waits for such a window; returns how long it took. */
    Duration awaitWindowTitled(String title, Duration timeout, Process app) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (showsWindowTitled(title)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (!app.isAlive()) {
                throw new AssertionError("the client exited with " + app.exitValue() + " before its window showed");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no window titled " + title + " within " + timeout);
    }

    @Override
    public void close() {
        server.destroyForcibly();
    }
}
