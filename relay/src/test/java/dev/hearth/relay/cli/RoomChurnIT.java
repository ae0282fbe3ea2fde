package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.TestClient;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack that took a relay down: 40 sessions, each joining a new room, saying 4,000
 * characters and leaving, at ~4.8 messages a second, inside the default limits. Against the jar
 * in a small heap: before rooms and backlogs were bounded, empty rooms kept their backlogs forever
 * and the heap ran out within seconds. Now a friend is answered throughout, and the relay stops
 * cleanly afterwards.
 */
class RoomChurnIT {
    private static final Pattern PORT = Pattern.compile("listening on \\S+:(\\d+)");
    private static final int ATTACKERS = 40;
    private static final Duration ATTACK = Duration.ofSeconds(15);
    /** Four-byte characters: 16 KB per line, the most text the defaults let through per message. */
    private static final String TEXT = "😀".repeat(4000);

    @TempDir
    Path temp;

    @Test
    void aSmallHeapRelayKeepsAnsweringThroughRoomChurnAndStopsCleanly() throws Exception {
        try (RelayProcess relay = RelayProcess.start(temp, List.of("-Xmx80m", "-XX:+ExitOnOutOfMemoryError"),
                "--plaintext", "--open", "--port", "0", "--bind", "0.0.0.0", "--data-dir", temp.toString())) {
            Matcher listening = PORT.matcher(relay.awaitStdout(l -> l.contains("listening on"), Duration.ofSeconds(30)));
            assertTrue(listening.find());
            int port = Integer.parseInt(listening.group(1));

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger said = new AtomicInteger();
            List<Thread> attackers = new ArrayList<>();
            for (int a = 0; a < ATTACKERS; a++) {
                int attacker = a;
                attackers.add(Thread.ofVirtual().start(() -> churn(port, attacker, stop, said)));
            }
            try (TestClient friend = TestClient.connectFrom(InetAddress.getByName("127.3.0.1"), port)) {
                friend.login("friend");
                friend.join("lobby");
                long end = System.nanoTime() + ATTACK.toNanos();
                int round = 0;
                long slowestPingNanos = 0;
                while (System.nanoTime() < end) {
                    assertTrue(relay.process().isAlive(), () -> "the relay died: " + relay.stderr());
                    long sent = System.nanoTime();
                    friend.request("type", "ping", "id", "p" + round);
                    JsonNode pong = friend.next("pong");
                    slowestPingNanos = Math.max(slowestPingNanos, System.nanoTime() - sent);
                    assertEquals("p" + round, pong.path("id").asText());
                    round++;
                    Thread.sleep(250); // a friend's pace, not a synchronisation
                }
                stop.set(true);
                for (Thread t : attackers) {
                    t.join(Duration.ofSeconds(10));
                }
                int messages = said.get();
                System.out.printf("room churn: %d messages of 16 KB in %d rooms in %d s; the friend's slowest of %d"
                        + " pings took %d ms%n", messages, messages, ATTACK.toSeconds(), round,
                        slowestPingNanos / 1_000_000);
                assertTrue(messages > ATTACKERS * 4 * ATTACK.toSeconds() / 2,
                        () -> "the attack got only " + messages + " messages through");
                friend.say("lobby", "still here", "s1");
                assertEquals("still here", friend.next("message").path("text").asText());
            }
            relay.process().destroy();
            assertEquals(0, relay.awaitExit(Duration.ofSeconds(15)), () -> "exit after SIGTERM; " + relay.stderr());
        }
    }

    /** One attacker: its own network, paced under the default rate of 5 a second, acking as clients must. */
    private static void churn(int port, int attacker, AtomicBoolean stop, AtomicInteger said) {
        try (TestClient client = TestClient.connectFrom(InetAddress.getByName("127.2." + attacker + ".1"), port)) {
            client.login("churn" + attacker);
            for (int i = 0; !stop.get(); i++) {
                String room = "c" + attacker + "-" + i;
                client.join(room);
                client.say(room, TEXT, null);
                client.next("message");
                said.incrementAndGet();
                client.request("type", "leave", "room", room);
                client.next("left");
                client.ack(client.lastN());
                Thread.sleep(208); // 4.8 a second: under the rate limit, as in the report
            }
        } catch (Exception | AssertionError e) {
            if (!stop.get()) {
                throw new IllegalStateException("attacker " + attacker + " failed", e);
            }
        }
    }
}
