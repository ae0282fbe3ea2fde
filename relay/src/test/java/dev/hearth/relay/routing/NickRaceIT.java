package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Clients claiming look-alike nicks at the same instant: exactly one wins, every time. */
class NickRaceIT {
    private static final int ROUNDS = 20;

    @Test
    void exactlyOneOfSimultaneousLookAlikeClaimsIsWelcomed() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).maxConnectionsPerAddress(256).maxConnectionsPerNetwork(256).build();
        try (Relay relay = TestTransport.startRelay(config);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < ROUNDS; round++) {
                // Fresh nicks per round: each earlier winner's session stays in its grace period.
                List<String> claims = List.of("alice" + round, "ALICE" + round, "\u0430lice" + round, "Alice" + round);
                List<TestClient> clients = new ArrayList<>();
                try {
                    for (int i = 0; i < claims.size(); i++) {
                        clients.add(TestClient.connect(relay.port()));
                    }
                    CyclicBarrier start = new CyclicBarrier(claims.size());
                    List<Future<JsonNode>> answers = new ArrayList<>();
                    for (int i = 0; i < claims.size(); i++) {
                        TestClient client = clients.get(i);
                        String nick = claims.get(i);
                        answers.add(pool.submit(() -> {
                            start.await();
                            return client.hello(nick);
                        }));
                    }
                    int welcomes = 0;
                    int taken = 0;
                    for (Future<JsonNode> answer : answers) {
                        JsonNode node = answer.get();
                        if ("welcome".equals(node.path("type").asText())) {
                            welcomes++;
                        } else if ("nick-taken".equals(node.path("code").asText())) {
                            taken++;
                        } else {
                            throw new AssertionError("round " + round + ": unexpected answer " + node);
                        }
                    }
                    assertEquals(1, welcomes, "round " + round + ": exactly one welcome");
                    assertEquals(claims.size() - 1, taken, "round " + round + ": the others nick-taken");
                } finally {
                    clients.forEach(TestClient::close);
                }
            }
        }
    }

    @Test
    void exactlyOneOfSimultaneousRenamesAndHellosGetsALookAlikeNick() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).maxConnectionsPerAddress(256).maxConnectionsPerNetwork(256).build();
        try (Relay relay = TestTransport.startRelay(config);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < ROUNDS / 2; round++) {
                List<TestClient> clients = new ArrayList<>();
                try {
                    TestClient renamerA = TestClient.connect(relay.port());
                    TestClient renamerB = TestClient.connect(relay.port());
                    TestClient newcomer = TestClient.connect(relay.port());
                    clients.addAll(List.of(renamerA, renamerB, newcomer));
                    renamerA.login("x" + round);
                    renamerB.login("y" + round);
                    CyclicBarrier start = new CyclicBarrier(3);
                    String wantedA = "bob" + round;
                    String wantedB = "BOB" + round;
                    String wantedC = "b\u043Eb" + round;
                    Future<JsonNode> a = pool.submit(() -> {
                        start.await();
                        renamerA.request("type", "nick", "nick", wantedA);
                        return renamerA.next();
                    });
                    Future<JsonNode> b = pool.submit(() -> {
                        start.await();
                        renamerB.request("type", "nick", "nick", wantedB);
                        return renamerB.next();
                    });
                    Future<JsonNode> c = pool.submit(() -> {
                        start.await();
                        return newcomer.hello(wantedC);
                    });
                    int winners = 0;
                    for (Future<JsonNode> answer : List.of(a, b, c)) {
                        JsonNode node = answer.get();
                        String type = node.path("type").asText();
                        if (type.equals("nick") || type.equals("welcome")) {
                            winners++;
                        } else {
                            assertEquals("nick-taken", node.path("code").asText(), () -> "unexpected " + node);
                        }
                    }
                    assertEquals(1, winners, "exactly one gets the nick " + wantedA);
                } finally {
                    clients.forEach(TestClient::close);
                }
            }
        }
    }
}
