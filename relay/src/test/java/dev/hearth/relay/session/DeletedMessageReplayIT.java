package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol 1.1 across a resumption: a replay repeats envelopes as first sent, except that a
 * deleted message comes back without its text, followed by the changes made to it; the author
 * stays the author across the resumption.
 */
class DeletedMessageReplayIT {
    private final List<AutoCloseable> open = new ArrayList<>();
    private Relay relay;

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        if (relay != null) {
            relay.shutdown();
        }
    }

    @Test
    void aReplayBringsBackNoDeletedTextButEveryChangeThatFollowed() throws IOException {
        relay = TestTransport.startRelay(RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .ratePerSecond(1000).burst(1000).maxConnectionsPerAddress(2).build());
        TestClient alice = connect();
        alice.login("alice");
        alice.join("lobby");
        TestClient bob = connect();
        String token = bob.login("bob").get("session").asText();
        bob.join("lobby");
        alice.next("presence");

        alice.say("lobby", "my pin is 4711", "a1");
        String secret = alice.next("message").path("mid").asText();
        assertEquals(secret, bob.next("message").path("mid").asText());
        long lastBeforeDrop = bob.lastN() - 1; // bob has read it but not acknowledged it
        bob.close();
        TestClient bob2 = Reconnects.onceReleased(relay.port(), open);

        alice.say("lobby", "kept", "a2");
        String kept = alice.next("message").path("mid").asText();
        alice.request("type", "react", "mid", kept, "emoji", "👍", "on", true, "id", "a3");
        alice.next("reaction");
        alice.request("type", "edit", "mid", kept, "text", "kept, edited", "id", "a4");
        alice.next("edited");
        alice.request("type", "delete", "mid", secret, "id", "a5");
        alice.next("deleted");

        bob2.resume(token, lastBeforeDrop);
        assertEquals("welcome", bob2.next().path("type").asText());
        JsonNode first = bob2.next();
        assertEquals("message", first.path("type").asText(), first::toString);
        assertEquals(secret, first.path("mid").asText(), "same mid");
        assertFalse(first.has("text"), () -> "the deleted text is gone: " + first);
        assertTrue(first.path("deleted").asBoolean());
        JsonNode second = bob2.next();
        assertEquals("kept", second.path("text").asText(), "others are replayed as first sent");
        assertEquals("reaction", bob2.next().path("type").asText());
        assertEquals("kept, edited", bob2.next().path("text").asText());
        JsonNode deleted = bob2.next();
        assertEquals("deleted", deleted.path("type").asText());
        assertEquals(secret, deleted.path("mid").asText());
    }

    @Test
    void theAuthorKeepsItsAuthorshipAcrossAResumptionAndAResentSayGetsTheTextlessEcho() throws IOException {
        relay = TestTransport.startRelay(RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
                .ratePerSecond(1000).burst(1000).maxConnectionsPerAddress(2).build());
        TestClient alice = connect();
        String token = alice.login("alice").get("session").asText();
        alice.join("lobby");
        alice.say("lobby", "typo", "a1");
        JsonNode echo = alice.next("message");
        String mid = echo.path("mid").asText();
        alice.close();
        TestClient alice2 = Reconnects.onceReleased(relay.port(), open);
        alice2.resume(token, echo.path("n").asLong());
        assertEquals("welcome", alice2.next().path("type").asText());

        alice2.request("type", "edit", "mid", mid, "text", "fixed", "id", "e1");
        assertEquals("fixed", alice2.next("edited").path("text").asText());
        alice2.request("type", "delete", "mid", mid, "id", "d1");
        alice2.next("deleted");
        alice2.say("lobby", "typo", "a1"); // a resend of the deleted say
        JsonNode again = alice2.next("message");
        assertEquals(mid, again.path("mid").asText(), "answered with the original, not sent twice");
        assertFalse(again.has("text"), again::toString);
    }

    private TestClient connect() throws IOException {
        TestClient client = TestClient.connect(relay.port());
        open.add(client);
        return client;
    }
}
