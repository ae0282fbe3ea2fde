package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.TestClient;
import java.io.IOException;
import java.util.List;

/** Reconnecting in resumption tests. */
final class Reconnects {
    private Reconnects() {}

    /**
     * A new connection, once the relay admits it. With the per-address cap at the number of
     * clients in use, admission proves the relay has finished with the closed connection, so its
     * session is in grace rather than still attached. Every connection tried is added to {@code open}.
     */
    static TestClient onceReleased(int port, List<AutoCloseable> open) throws IOException {
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            TestClient client = TestClient.connect(port);
            open.add(client);
            try {
                client.send("{\"type\":\"ping\"}");
            } catch (IllegalStateException refusedAndClosed) {
                client.close();
                continue;
            }
            JsonNode first = client.next();
            if ("pong".equals(first.path("type").asText())) {
                return client;
            }
            if (!TestClient.isEnd(first)) {
                assertEquals("too-many-connections", first.path("code").asText(), first::toString);
            }
            client.close();
        }
        return fail("the relay did not release the closed connection within " + TestClient.WAIT);
    }
}
