package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.TS;
import static dev.hearth.relay.routing.RoomsIT.expectPresence;
import static dev.hearth.relay.routing.RoomsIT.fields;
import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code say} and {@code message}: delivery, seq, ts, backlog, text rules and the rate limit. */
class RoomMessagesIT {
    private static final Duration QUIET = Duration.ofMillis(200);

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0);
    }

    private static JsonNode expectMessage(TestClient client, String room, String from, String text) {
        JsonNode m = client.next();
        assertEquals("message", m.path("type").asText(), () -> "expected message \"" + text + "\", got " + m);
        assertEquals(room, m.path("room").asText(), () -> m.toString());
        assertEquals(from, m.path("from").asText(), () -> m.toString());
        assertEquals(text, m.path("text").asText(), () -> m.toString());
        assertTrue(m.path("seq").isIntegralNumber(), () -> m.toString());
        assertTrue(m.path("ts").asText().matches(TS), () -> "ts must be UTC with milliseconds: " + m);
        return m;
    }

    @Test
    void sayIsDeliveredToEveryMemberIncludingTheSenderExactlyOnce() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port());
             TestClient dave = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            dave.login("dave");
            alice.join("lobby");
            bob.join("lobby");
            carol.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            expectPresence(alice, "lobby", "carol", "join");
            expectPresence(bob, "lobby", "carol", "join");

            alice.request("type", "say", "room", "lobby", "text", "hi all", "id", "c1");
            JsonNode echo = expectMessage(alice, "lobby", "alice", "hi all");
            assertEquals(Set.of("type", "room", "seq", "ts", "from", "text", "mid", "id", "n"), fields(echo));
            assertEquals("c1", echo.path("id").asText());
            for (TestClient member : List.of(bob, carol)) {
                JsonNode copy = expectMessage(member, "lobby", "alice", "hi all");
                assertEquals("c1", copy.path("id").asText(), "every copy carries the sender's id");
                assertEquals(echo.path("seq"), copy.path("seq"));
                assertEquals(echo.path("ts"), copy.path("ts"));
            }
            for (TestClient member : List.of(alice, bob, carol)) {
                nothingElseQueued(member);
            }
            dave.expectNothing(QUIET);

            bob.request("type", "say", "room", "lobby", "text", "no id");
            JsonNode plain = expectMessage(bob, "lobby", "bob", "no id");
            assertFalse(plain.has("id"), "no id given, none sent");
            assertFalse(expectMessage(alice, "lobby", "bob", "no id").has("id"));
            assertFalse(expectMessage(carol, "lobby", "bob", "no id").has("id"));
        }
    }

    @Test
    void textIsDeliveredExactlyAsSent() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            String text = "line one\nline \"two\"\t\\ 😀 小明 \u202E e\u0301 \u200B";
            alice.request("type", "say", "room", "lobby", "text", text);
            expectMessage(alice, "lobby", "alice", text);
            expectMessage(bob, "lobby", "alice", text);
        }
    }

    @Test
    void seqRisesByOnePerMessageIndependentlyPerRoom() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            alice.join("attic");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            String[] rooms = {"lobby", "attic", "lobby", "lobby", "attic", "lobby", "attic", "attic"};
            long[] first = new long[2];
            int[] count = new int[2];
            for (int i = 0; i < rooms.length; i++) {
                String room = rooms[i];
                int r = room.equals("lobby") ? 0 : 1;
                alice.request("type", "say", "room", rooms[i], "text", "m" + i);
                long seq = expectMessage(alice, rooms[i], "alice", "m" + i).path("seq").asLong();
                if (count[r] == 0) {
                    first[r] = seq;
                    assertTrue(seq >= 1, "seq is positive");
                } else {
                    assertEquals(first[r] + count[r], seq, () -> "seq must rise by one within " + room);
                }
                count[r]++;
                if (r == 0) {
                    assertEquals(seq, expectMessage(bob, "lobby", "alice", "m" + i).path("seq").asLong());
                }
            }
            nothingElseQueued(bob);
            bob.request("type", "say", "room", "lobby", "text", "mine");
            assertEquals(first[0] + count[0], expectMessage(bob, "lobby", "bob", "mine").path("seq").asLong(),
                    "one counter per room, whoever speaks");
        }
    }

    @Test
    void timestampsAreTheRelaysUtcTimeWithMilliseconds() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            Instant before = Instant.now().minusSeconds(1);
            bob.join("lobby");
            JsonNode presence = alice.next();
            alice.request("type", "say", "room", "lobby", "text", "tick");
            JsonNode message = alice.next();
            Instant after = Instant.now().plusSeconds(1);
            for (JsonNode node : List.of(presence, message)) {
                String ts = node.path("ts").asText();
                assertTrue(ts.matches(RoomsIT.TS), () -> "YYYY-MM-DDTHH:MM:SS.mmmZ expected: " + node);
                Instant t = Instant.parse(ts);
                assertTrue(!t.isBefore(before) && !t.isAfter(after), () -> "not the relay's current time: " + ts);
            }
        }
    }

    @Test
    void joinerGetsTheLatestBacklogOldestFirstBeforeLiveTraffic() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().backlog(5).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            long firstSeq = 0;
            for (int i = 1; i <= 8; i++) {
                alice.request("type", "say", "room", "lobby", "text", "m" + i, "id", "id" + i);
                long seq = expectMessage(alice, "lobby", "alice", "m" + i).path("seq").asLong();
                if (i == 1) {
                    firstSeq = seq;
                }
            }
            JsonNode joined = bob.join("lobby");
            assertEquals(List.of("alice", "bob"), RoomsIT.strings(joined.path("members")));
            long lastN = joined.path("n").asLong();
            for (int i = 4; i <= 8; i++) {
                JsonNode m = expectMessage(bob, "lobby", "alice", "m" + i);
                assertEquals(firstSeq + i - 1, m.path("seq").asLong(), "backlog keeps the original seq");
                assertEquals("id" + i, m.path("id").asText(), "backlog keeps the sender's id");
                assertEquals(lastN + 1, m.path("n").asLong(), "backlog is numbered for the joiner");
                lastN = m.path("n").asLong();
            }
            expectPresence(alice, "lobby", "bob", "join");
            alice.request("type", "say", "room", "lobby", "text", "live");
            expectMessage(alice, "lobby", "alice", "live");
            assertEquals(firstSeq + 8, expectMessage(bob, "lobby", "alice", "live").path("seq").asLong());
        }
    }

    @Test
    void emptyTextNulOrMissingTextIsBadRequestAndNothingIsDelivered() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            alice.request("type", "say", "room", "lobby", "text", "", "id", "empty");
            assertEquals("empty", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "say", "room", "lobby", "text", "a\u0000b", "id", "nul");
            assertEquals("nul", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "say", "room", "lobby", "text", "\u0000", "id", "nul-only");
            assertEquals("nul-only", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "say", "room", "lobby", "id", "missing");
            assertEquals("missing", alice.expectError("bad-request").path("id").asText());
            alice.send("{\"type\":\"say\",\"room\":\"lobby\",\"text\":null,\"id\":\"null\"}");
            assertEquals("null", alice.expectError("bad-request").path("id").asText());
            bob.expectNothing(QUIET);
            alice.request("type", "say", "room", "lobby", "text", " ", "id", "space");
            assertEquals("space", alice.next().path("id").asText(), "a single space is text");
        }
    }

    @Test
    void textLengthCountsCodePoints4000EmojiAreFine4001AreTooLong() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            String emoji = "😀";
            alice.request("type", "say", "room", "lobby", "text", emoji.repeat(4000), "id", "max");
            assertEquals("max", expectMessage(alice, "lobby", "alice", emoji.repeat(4000)).path("id").asText());
            expectMessage(bob, "lobby", "alice", emoji.repeat(4000));
            alice.request("type", "say", "room", "lobby", "text", emoji.repeat(4001), "id", "over");
            JsonNode error = alice.expectError("text-too-long");
            assertEquals("over", error.path("id").asText());
            assertFalse(error.path("fatal").asBoolean(true));
            alice.request("type", "say", "room", "lobby", "text", "x".repeat(4001), "id", "over2");
            assertEquals("over2", alice.expectError("text-too-long").path("id").asText());
            bob.expectNothing(QUIET);
        }
    }

    @Test
    void configuredMaxTextIsEnforced() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().maxText(10).build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            alice.request("type", "say", "room", "lobby", "text", "0123456789");
            expectMessage(alice, "lobby", "alice", "0123456789");
            alice.request("type", "say", "room", "lobby", "text", "小".repeat(10));
            expectMessage(alice, "lobby", "alice", "小".repeat(10));
            alice.request("type", "say", "room", "lobby", "text", "01234567890", "id", "eleven");
            assertEquals("eleven", alice.expectError("text-too-long").path("id").asText());
            alice.request("type", "say", "room", "lobby", "text", "😀".repeat(6), "id", "six-emoji");
            expectMessage(alice, "lobby", "alice", "😀".repeat(6));
            alice.request("type", "dm", "to", "alice", "text", "01234567890", "id", "dm-eleven");
            assertEquals("dm-eleven", alice.expectError("text-too-long").path("id").asText());
        }
    }

    @Test
    void fourthQuickSayIsRateLimitedNotDeliveredAndTheConnectionStays() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().ratePerSecond(1).burst(3).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            bob.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            for (int i = 0; i < 5; i++) {
                alice.request("type", "who");   // requests other than say/dm cost nothing
                alice.next("who");
            }
            for (int i = 1; i <= 3; i++) {
                alice.request("type", "say", "room", "lobby", "text", "s" + i, "id", "s" + i);
            }
            alice.request("type", "say", "room", "lobby", "text", "s4", "id", "s4");
            for (int i = 1; i <= 3; i++) {
                expectMessage(alice, "lobby", "alice", "s" + i);
            }
            JsonNode limited = alice.expectError("rate-limited");
            assertEquals("s4", limited.path("id").asText());
            assertFalse(limited.path("fatal").asBoolean(true));
            for (int i = 1; i <= 3; i++) {
                expectMessage(bob, "lobby", "alice", "s" + i);
            }
            bob.expectNothing(QUIET);
            nothingElseQueued(alice);

            // The bucket refills at one per second: a later say gets through.
            long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
            while (true) {
                alice.request("type", "say", "room", "lobby", "text", "later", "id", "later");
                JsonNode answer = alice.next();
                if ("message".equals(answer.path("type").asText())) {
                    break;
                }
                assertEquals("rate-limited", answer.path("code").asText(), () -> "unexpected " + answer);
                if (System.nanoTime() > deadline) {
                    fail("the rate limit never let up");
                }
                Thread.sleep(200);
            }
            expectMessage(bob, "lobby", "alice", "later");
        }
    }

    @Test
    void aResendRecognisedByItsIdCostsNoRate() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().ratePerSecond(1).burst(2).build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            alice.request("type", "say", "room", "lobby", "text", "once", "id", "a1");
            JsonNode original = expectMessage(alice, "lobby", "alice", "once");
            for (int i = 0; i < 3; i++) {
                alice.request("type", "say", "room", "lobby", "text", "once", "id", "a1");
                JsonNode again = expectMessage(alice, "lobby", "alice", "once");
                assertEquals(original.path("seq"), again.path("seq"), "the original echo, not a new message");
            }
            alice.request("type", "say", "room", "lobby", "text", "second", "id", "a2");
            expectMessage(alice, "lobby", "alice", "second");
            alice.request("type", "say", "room", "lobby", "text", "third", "id", "a3");
            assertEquals("a3", alice.expectError("rate-limited").path("id").asText());
        }
    }

    @Test
    void directMessagesShareTheRateLimit() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().ratePerSecond(1).burst(3).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.join("lobby");
            alice.request("type", "dm", "to", "bob", "text", "d1");
            alice.request("type", "dm", "to", "bob", "text", "d2");
            alice.request("type", "say", "room", "lobby", "text", "s1");
            alice.request("type", "dm", "to", "bob", "text", "d3", "id", "d3");
            assertEquals("dm", alice.next().path("type").asText());
            assertEquals("dm", alice.next().path("type").asText());
            expectMessage(alice, "lobby", "alice", "s1");
            assertEquals("d3", alice.expectError("rate-limited").path("id").asText());
            assertEquals("d1", bob.next().path("text").asText());
            assertEquals("d2", bob.next().path("text").asText());
            bob.expectNothing(QUIET);
        }
    }
}
