package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many members talking at once in one room: everyone gets everything, once, in seq order. */
class ManyClientsIT {
    private static final int CLIENTS = 200;
    private static final int MESSAGES_EACH = 5;
    private static final int TOTAL = CLIENTS * MESSAGES_EACH;

    @Test
    void everyMemberReceivesEveryMessageOnceInSeqOrder() throws Exception {
        RelayConfig config = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .maxConnections(CLIENTS + 10).maxConnectionsPerAddress(CLIENTS + 10)
                .maxConnectionsPerNetwork(CLIENTS + 10).maxPendingConnections(CLIENTS + 10)
                .ratePerSecond(100).burst(MESSAGES_EACH).build();
        long start = System.nanoTime();
        List<TestClient> clients = new ArrayList<>();
        try (Relay relay = TestTransport.startRelay(config)) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(TestClient.connect(relay.port()));
            }
            CountDownLatch allJoined = new CountDownLatch(CLIENTS);
            List<Future<List<JsonNode>>> results = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CLIENTS; i++) {
                    TestClient client = clients.get(i);
                    String nick = "user" + i;
                    results.add(pool.submit(() -> {
                        client.login(nick);
                        client.join("crowd");
                        allJoined.countDown();
                        assertTrue(allJoined.await(30, TimeUnit.SECONDS), "not everyone joined");
                        for (int m = 0; m < MESSAGES_EACH; m++) {
                            client.say("crowd", nick + " says " + m, nick + "-" + m);
                        }
                        List<JsonNode> messages = new ArrayList<>(TOTAL);
                        while (messages.size() < TOTAL) {
                            messages.add(client.next("message"));
                        }
                        return messages;
                    }));
                }
                for (int i = 0; i < CLIENTS; i++) {
                    assertDeliveredOnceInOrder("user" + i, results.get(i).get(60, TimeUnit.SECONDS));
                }
            }
            for (TestClient client : clients) {
                client.expectNothing(Duration.ZERO);
            }
        } finally {
            clients.forEach(TestClient::close);
        }
        System.out.printf("many clients: %d clients, all %d messages delivered to each, in %d ms (%s)%n",
                CLIENTS, TOTAL, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), TestTransport.name());
    }

    private static void assertDeliveredOnceInOrder(String nick, List<JsonNode> messages) {
        Set<String> ids = new HashSet<>();
        long lastN = 0;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            assertEquals(i + 1, message.get("seq").asLong(), () -> nick + " got seq out of order: " + message);
            assertTrue(ids.add(message.get("id").asText()), () -> nick + " got a message twice: " + message);
            long n = message.get("n").asLong();
            assertTrue(n > lastN, () -> nick + " got n out of order: " + message);
            lastN = n;
        }
        assertEquals(TOTAL, ids.size());
    }
}
