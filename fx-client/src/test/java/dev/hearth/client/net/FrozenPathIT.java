package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path that stops forwarding while every socket stays open (a proxy frozen in both
 * directions, new connections held too): the client notices from its own missing answers, not
 * at a read timeout, says it is reconnecting, and once the path works again resumes with the
 * message sent meanwhile delivered exactly once. A real TLS relay; liveness shortened so the test
 * runs in seconds (the defaults' numbers are checked in {@link KeepaliveTest}).
 */
class FrozenPathIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private final TestRelay relay = TestRelay.tls(b -> b);
    private RelayClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        relay.close();
    }

    @Test
    void aFrozenPathIsNoticedAndTheMessageSentIntoItArrivesOnceAfterwards() throws Exception {
        try (CuttableProxy proxy = new CuttableProxy(relay.port())) {
            EventLog events = new EventLog();
            ClientOptions options = ClientOptions.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
                    .withLiveness(Duration.ofSeconds(3), Duration.ofMillis(500));
            client = new RelayClient(options, new KnownRelaysFile(home), events);
            client.connect(new ConnectRequest(new RelayAddress("127.0.0.1", proxy.port(), true), relay.fingerprint(), "alice", null));
            events.await(ClientEvent.LoggedIn.class, WAIT);
            client.join("lobby");
            events.await(ClientEvent.Received.class, r -> r.envelope() instanceof Joined, WAIT);

            proxy.freeze(true);
            long frozenAt = System.nanoTime();
            client.say("lobby", "sent into a frozen path");
            events.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.RECONNECTING, WAIT);
            long noticedMillis = (System.nanoTime() - frozenAt) / 1_000_000;
            System.out.printf("frozen path noticed after %d ms (answerWithin 500 ms, twice)%n", noticedMillis);

            proxy.freeze(false);
            events.awaitTrue(log -> log.received(Message.class).stream()
                    .anyMatch(m -> "sent into a frozen path".equals(m.text())), WAIT, "the message delivered after the thaw");
            events.await(ClientEvent.StatusChanged.class, s -> s.status() == ConnectionStatus.CONNECTED, WAIT);
            assertEquals(1, events.received(Message.class).stream()
                    .filter(m -> "sent into a frozen path".equals(m.text())).count(), "exactly once");
        }
    }
}
