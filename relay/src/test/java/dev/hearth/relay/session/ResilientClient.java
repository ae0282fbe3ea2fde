package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.TestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A client that behaves as the protocol asks of a real one when its connection breaks: it
 * resumes with the last n it processed, resends every say/dm whose echo it has not seen, acks now
 * and then, and de-duplicates what it holds by room seq and DM id. It asserts as it goes that n
 * rises by exactly one across all its connections.
 *
 * <p>Used from the test thread only.
 */
final class ResilientClient implements AutoCloseable {
    private final int port;
    private final String nick;
    private final String token;
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final Map<Long, JsonNode> roomBySeq = new TreeMap<>();
    private final Map<String, JsonNode> dmsById = new HashMap<>();
    private TestClient conn;
    private long lastN;
    private long acked;
    private int resends;
    private int repeats;

    ResilientClient(int port, String nick) throws IOException {
        this.port = port;
        this.nick = nick;
        this.conn = TestClient.connect(port);
        this.token = conn.login(nick).get("session").asText();
    }

    void join(String room) {
        conn.send("{\"type\":\"join\",\"room\":" + TestClient.quote(room) + "}");
        process(conn.next());
    }

    void say(String room, String text, String id) {
        request(id, "{\"type\":\"say\",\"room\":" + TestClient.quote(room) + ",\"text\":"
                + TestClient.quote(text) + ",\"id\":" + TestClient.quote(id) + "}");
    }

    void dm(String to, String text, String id) {
        request(id, "{\"type\":\"dm\",\"to\":" + TestClient.quote(to) + ",\"text\":"
                + TestClient.quote(text) + ",\"id\":" + TestClient.quote(id) + "}");
    }

    /** Processes whatever has arrived, without waiting. */
    void processArrived() {
        for (JsonNode node = conn.poll(Duration.ZERO); node != null; node = conn.poll(Duration.ZERO)) {
            process(node);
        }
        ackNowAndThen();
    }

    /** Drops the connection abruptly, processes what had arrived, resumes and resends. */
    void cutAndResume() throws IOException {
        conn.close();
        conn.drainUntilEnd().forEach(this::process);
        conn = TestClient.connect(port);
        conn.resume(token, lastN);
        JsonNode welcome = conn.next();
        assertEquals("welcome", welcome.path("type").asText(), welcome::toString);
        assertEquals(nick, welcome.get("nick").asText());
        assertFalse(welcome.has("n"), "welcome carries no n");
        acked = lastN; // resuming with "last" acknowledges it
        for (String line : pending.values()) {
            conn.send(line);
            resends++;
        }
    }

    /** Processes until every own request is echoed and all these room and DM ids are held. */
    void awaitEverything(Set<String> roomIds, Set<String> dmIds) {
        while (!pending.isEmpty() || !roomIds().containsAll(roomIds) || !dmsById.keySet().containsAll(dmIds)) {
            process(conn.next());
            ackNowAndThen();
        }
    }

    void expectNothing(Duration wait) {
        conn.expectNothing(wait);
    }

    /** Room messages held, one per seq, in seq order. */
    List<JsonNode> roomMessagesBySeq() {
        return List.copyOf(roomBySeq.values());
    }

    Set<String> dmIds() {
        return Set.copyOf(dmsById.keySet());
    }

    String stats() {
        return resends + " resends, " + repeats + " repeated echoes, last n " + lastN;
    }

    @Override
    public void close() {
        conn.close();
    }

    private void request(String id, String line) {
        pending.put(id, line);
        conn.send(line);
    }

    private Set<String> roomIds() {
        Set<String> ids = new HashSet<>();
        roomBySeq.values().forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    private void process(JsonNode node) {
        if (TestClient.isEnd(node)) {
            fail("connection ended unexpectedly");
        }
        long n = node.path("n").asLong(-1);
        assertEquals(lastN + 1, n, () -> "n must rise by one across connections: " + node);
        lastN = n;
        switch (node.path("type").asText()) {
            case "message" -> {
                JsonNode before = roomBySeq.putIfAbsent(node.get("seq").asLong(), node);
                if (before != null) {
                    assertEquals(before.get("id"), node.get("id"), "one seq, one message");
                    assertEquals(before.get("ts"), node.get("ts"), "a repeated echo is the original");
                    repeats++;
                }
                echoed(node);
            }
            case "dm" -> {
                if (dmsById.putIfAbsent(node.get("id").asText(), node) != null) {
                    repeats++;
                }
                echoed(node);
            }
            case "joined", "presence" -> { }
            default -> fail(nick + " did not expect " + node);
        }
    }

    /** Acknowledges now and then, like a real client; only on a live connection. */
    private void ackNowAndThen() {
        if (lastN - acked >= 10) {
            conn.ack(lastN);
            acked = lastN;
        }
    }

    private void echoed(JsonNode node) {
        if (nick.equals(node.get("from").asText())) {
            pending.remove(node.get("id").asText());
        }
    }
}
