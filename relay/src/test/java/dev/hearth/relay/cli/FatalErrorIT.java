package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.TestClient;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay that runs out of memory ends at once with exit code 3, so a supervisor restarts it,
 * instead of living on with dead threads, its port open and SIGTERM ignored. Run without
 * {@code -XX:+ExitOnOutOfMemoryError}, so it is the relay's own handler that acts.
 */
class FatalErrorIT {
    private static final Pattern PORT = Pattern.compile("listening on \\S+:(\\d+)");

    @TempDir
    Path temp;

    @Test
    void runningOutOfMemoryEndsTheProcessWithExitCodeThree() throws Exception {
        // A tiny heap and readers that never read, each alone in its own room: their sessions'
        // replay buffers alone outgrow it (in one shared room they would share each message's bytes).
        try (RelayProcess relay = RelayProcess.start(temp, List.of("-Xmx24m"), "--plaintext", "--open", "--port", "0",
                "--rate", "100000", "--burst", "100000", "--max-connections-per-address", "64",
                "--max-connections-per-network", "64", "--data-dir", temp.toString())) {
            Matcher listening = PORT.matcher(relay.awaitStdout(l -> l.contains("listening on"), Duration.ofSeconds(30)));
            assertTrue(listening.find());
            int port = Integer.parseInt(listening.group(1));
            List<Socket> sleepers = new ArrayList<>();
            try (TestClient talker = TestClient.connect(port)) {
                for (int i = 0; i < 50; i++) {
                    Socket sleeper = new Socket(InetAddress.getLoopbackAddress(), port);
                    sleeper.setReceiveBufferSize(4096);
                    sleeper.getOutputStream().write(("{\"type\":\"hello\",\"v\":1,\"nick\":\"s" + i + "\"}\n"
                            + "{\"type\":\"join\",\"room\":\"r" + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
                    sleepers.add(sleeper);
                }
                talker.login("talker");
                for (int i = 0; i < 50; i++) {
                    talker.join("r" + i);
                }
                String text = "😀".repeat(4000);
                // The talker reads its echoes, so it is never the slow one; the sleepers' sessions keep
                // every message of their room (16 KB each) until the heap is gone.
                for (int i = 0; i < 2000 && relay.process().isAlive(); i++) {
                    talker.say("r" + (i % 50), text, "m" + i);
                    talker.next("message");
                }
            } catch (IllegalStateException | AssertionError relayWentAway) {
                // The talker's socket fails, or its echo never comes, once the relay is gone: expected.
            } finally {
                for (Socket s : sleepers) {
                    s.close();
                }
            }
            // Saying why may itself fail for want of memory; the exit code is what a supervisor reads.
            assertEquals(FatalErrorHandler.EXIT_CODE, relay.awaitExit(Duration.ofSeconds(60)),
                    () -> "stderr: " + relay.stderr());
        }
    }
}
