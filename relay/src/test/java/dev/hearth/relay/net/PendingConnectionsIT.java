package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import dev.hearth.relay.time.FakeTime;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Connections that have not logged in have a small budget of their own, so half-open connections
 * cannot keep friends out: when it is full the oldest waiting connection makes way, and while it is
 * more than half full newcomers get a shorter login deadline.
 */
class PendingConnectionsIT {

    /**
     * The attack that filled the relay: 300 connections from 60 addresses in 60 networks (5 each,
     * under every per-address and per-network cap), each stopping halfway through its hello. Then
     * a friend from elsewhere connects and logs in.
     */
    @Test
    void halfSentHellosFromManyNetworksDoNotKeepAFriendOut() throws Exception {
        List<TestClient> attackers = new ArrayList<>();
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build())) {
            try {
                for (int network = 1; network <= 60; network++) {
                    InetAddress from = InetAddress.getByName("127.1." + network + ".1");
                    for (int i = 0; i < 5; i++) {
                        TestClient attacker = TestClient.connectFrom(from, relay.port());
                        attacker.sendRaw("{\"type\":\"hello\",\"v\":1,\"ni".getBytes(StandardCharsets.UTF_8));
                        attackers.add(attacker);
                    }
                }
                assertTrue(relay.pendingConnections() <= RelayConfig.builder().build().maxPendingConnections(),
                        () -> relay.pendingConnections() + " connections wait for their login");
                try (TestClient friend = TestClient.connectFrom(InetAddress.getByName("127.2.0.1"), relay.port())) {
                    assertEquals("welcome", friend.login("friend").path("type").asText());
                }
            } finally {
                attackers.forEach(TestClient::close);
            }
        }
    }

    @Test
    void theOldestWaitingConnectionMakesWayForANewOne() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).maxPendingConnections(2).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient oldest = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            oldest.request("type", "ping", "id", "1");
            assertEquals("pong", oldest.next().path("type").asText(), "admitted before the next one arrives");
            second.request("type", "ping", "id", "2");
            assertEquals("pong", second.next().path("type").asText());
            try (TestClient newest = TestClient.connect(relay.port())) {
                assertEquals("welcome", newest.login("newest").path("type").asText());
                oldest.expectClosedWithoutEnvelope();
                assertEquals("welcome", second.login("second").path("type").asText(), "only the oldest made way");
            }
        }
    }

    @Test
    void loggedInConnectionsDoNotCountAgainstTheWaitingBudget() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).maxPendingConnections(1).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            try (TestClient bob = TestClient.connect(relay.port())) {
                assertEquals("welcome", bob.login("bob").path("type").asText());
            }
            alice.request("type", "ping", "id", "still");
            assertEquals("still", alice.next("pong").path("id").asText());
        }
    }

    @Test
    void whileTheBudgetIsMoreThanHalfTakenNewcomersGetTheShorterLoginDeadline() throws Exception {
        FakeTime time = new FakeTime();
        RelayConfig config = RelayConfig.builder().port(0).maxPendingConnections(4)
                .helloTimeout(Duration.ofSeconds(10)).helloTimeoutUnderLoad(Duration.ofSeconds(3)).build();
        try (Relay relay = TestTransport.startRelay(config, time.relayTime());
             TestClient first = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port());
             TestClient third = TestClient.connect(relay.port())) {
            for (TestClient client : List.of(first, second, third)) {
                client.request("type", "ping", "id", "in");
                assertEquals("pong", client.next().path("type").asText(), "admitted in order");
            }
            // The pong can reach us before the reader restarts the login clock after handling the
            // ping; an advance in that gap counts from the restart, so a second advance makes sure.
            time.advance(Duration.ofSeconds(4));
            time.advance(Duration.ofSeconds(4));
            third.expectClosedWithoutEnvelope();
            first.request("type", "ping", "id", "still");
            assertEquals("still", first.next().path("id").asText(), "the first two keep the full ten seconds");
            time.advance(Duration.ofSeconds(7));
            time.advance(Duration.ofSeconds(7));
            first.expectClosedWithoutEnvelope();
        }
    }
}
