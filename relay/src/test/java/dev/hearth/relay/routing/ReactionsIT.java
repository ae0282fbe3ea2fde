package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.TS;
import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
import static dev.hearth.relay.routing.RoomsIT.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Protocol 1.1 reactions, in rooms and direct conversations. */
class ReactionsIT {
    private static final Duration QUIET = Duration.ofMillis(200);

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0).ratePerSecond(1000).burst(1000);
    }

    private static void react(TestClient client, String mid, String emoji, boolean on, String id) {
        client.request("type", "react", "mid", mid, "emoji", emoji, "on", on, "id", id);
    }

    private static JsonNode expectReaction(TestClient client, String room, String mid, String from, String emoji, boolean on) {
        JsonNode r = client.next();
        assertEquals("reaction", r.path("type").asText(), () -> "expected reaction, got " + r);
        assertEquals(room, r.has("room") ? r.path("room").asText() : null, r::toString);
        assertEquals(mid, r.path("mid").asText());
        assertEquals(from, r.path("from").asText());
        assertEquals(emoji, r.path("emoji").asText());
        assertEquals(on, r.path("on").asBoolean(!on));
        assertTrue(r.path("ts").asText().matches(TS), r::toString);
        return r;
    }

    /** alice and bob in lobby, carol on the relay but not in it; returns the mid alice posted. */
    private static String roomWithAMessage(TestClient alice, TestClient bob, TestClient carol) {
        alice.login("alice");
        bob.login("bob");
        carol.login("carol");
        alice.join("lobby");
        bob.join("lobby");
        alice.next("presence");
        alice.say("lobby", "lunch?", "c1");
        String mid = alice.next("message").path("mid").asText();
        bob.next("message");
        return mid;
    }

    @Test
    void everyMemberTheReactorIncludedGetsTheReactionWithTheRequestsId() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            String mid = roomWithAMessage(alice, bob, carol);
            react(bob, mid, "👍", true, "r1");
            assertEquals("r1", expectReaction(bob, "lobby", mid, "bob", "👍", true).path("id").asText());
            assertEquals("r1", expectReaction(alice, "lobby", mid, "bob", "👍", true).path("id").asText());

            react(bob, mid, "👍", true, "r2"); // already on: the reactor alone hears so
            assertEquals("r2", expectReaction(bob, "lobby", mid, "bob", "👍", true).path("id").asText());
            alice.expectNothing(QUIET);

            react(bob, mid, "👍", false, "r3");
            expectReaction(bob, "lobby", mid, "bob", "👍", false);
            expectReaction(alice, "lobby", mid, "bob", "👍", false);
            react(bob, mid, "👍", false, "r4"); // already off
            expectReaction(bob, "lobby", mid, "bob", "👍", false);
            alice.expectNothing(QUIET);
            carol.expectNothing(QUIET);
        }
    }

    @Test
    void theBacklogShowsReactionsInTheOrderPeopleReacted() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            String mid = roomWithAMessage(alice, bob, carol);
            // One at a time: two clients' requests reach the relay in no set order.
            react(bob, mid, "🎉", true, "1");
            alice.nextMatching(r -> "1".equals(r.path("id").asText()), "bob's first");
            react(alice, mid, "👍", true, "2");
            alice.nextMatching(r -> "2".equals(r.path("id").asText()), "alice's first");
            react(alice, mid, "🎉", true, "3");
            alice.nextMatching(r -> "3".equals(r.path("id").asText()), "alice's second");
            react(bob, mid, "👩‍👩‍👧‍👦", true, "4");
            react(bob, mid, "👩‍👩‍👧‍👦", false, "5");
            alice.nextMatching(r -> "5".equals(r.path("id").asText()), "bob's last");
            carol.join("lobby");
            JsonNode backlog = carol.next("message");
            assertEquals("lunch?", backlog.path("text").asText());
            JsonNode reactions = backlog.path("reactions");
            List<String> order = new java.util.ArrayList<>();
            reactions.fieldNames().forEachRemaining(order::add);
            assertEquals(List.of("🎉", "👍"), order, "emoji in the order first used");
            assertEquals(List.of("bob", "alice"), strings(reactions.path("🎉")), "nicks in the order they reacted");
            assertEquals(List.of("alice"), strings(reactions.path("👍")));
            assertFalse(backlog.has("edited"));
            assertFalse(backlog.has("deleted"));
        }
    }

    @Test
    void onlyTheConversationMayReactAndBadEmojiAreBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            String mid = roomWithAMessage(alice, bob, carol);
            react(carol, mid, "👍", true, "x1");
            assertEquals("x1", carol.expectError("no-such-message").path("id").asText(), "carol is not in lobby");
            react(carol, "nosuchmid", "👍", true, "x2");
            assertEquals("x2", carol.expectError("no-such-message").path("id").asText());
            for (String bad : List.of("👍👍", "ab", " ", "👍 ", "\u0007", "")) {
                react(bob, mid, bad, true, "bad");
                assertEquals("bad", bob.expectError("bad-request").path("id").asText(), () -> "emoji " + bad);
            }
            alice.expectNothing(QUIET);
            nothingElseQueued(bob);
        }
    }

    @Test
    void aPersonMayHaveTwentyDistinctEmojiOnOneMessage() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            String mid = roomWithAMessage(alice, bob, carol);
            for (int i = 0; i < 20; i++) {
                react(bob, mid, new String(Character.toChars(0x1F600 + i)), true, "r" + i);
                bob.next("reaction");
            }
            react(bob, mid, "🙈", true, "r20");
            assertEquals("r20", bob.expectError("bad-request").path("id").asText());
            react(bob, mid, "😀", true, "again"); // already on: no new one, so allowed
            expectReaction(bob, "lobby", mid, "bob", "😀", true);
            for (int i = 0; i < 20; i++) {
                alice.next("reaction"); // bob's
            }
            react(alice, mid, "🙈", true, "a1"); // the limit is per person
            expectReaction(alice, "lobby", mid, "alice", "🙈", true);
        }
    }

    @Test
    void muteHoldsBackReactionsOfTheRoomAndIgnoreThoseOfTheIgnored() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            String mid = roomWithAMessage(alice, bob, carol);
            carol.join("lobby");
            carol.next("message");
            alice.next("presence");
            bob.next("presence");
            carol.request("type", "mute", "room", "lobby", "on", true);
            carol.next("muted");
            alice.request("type", "ignore", "nick", "bob", "on", true);
            alice.next("ignored");

            react(bob, mid, "👍", true, "r1");
            expectReaction(bob, "lobby", mid, "bob", "👍", true);
            alice.expectNothing(QUIET);
            carol.expectNothing(QUIET);

            react(carol, mid, "🎉", true, "c1"); // muted, but its own answer still arrives
            expectReaction(carol, "lobby", mid, "carol", "🎉", true);
            expectReaction(alice, "lobby", mid, "carol", "🎉", true);
            expectReaction(bob, "lobby", mid, "carol", "🎉", true);
        }
    }

    @Test
    void bothPeopleOfADirectConversationGetItsReactionsWithoutARoom() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            alice.dm("bob", "psst", "d1");
            String mid = alice.next("dm").path("mid").asText();
            bob.next("dm");
            react(bob, mid, "❤️", true, "r1");
            assertFalse(expectReaction(bob, null, mid, "bob", "❤️", true).has("room"));
            expectReaction(alice, null, mid, "bob", "❤️", true);
            react(carol, mid, "❤️", true, "c1");
            carol.expectError("no-such-message");
            alice.expectNothing(QUIET);
        }
    }

    @Test
    void aReactionCostsATokenOfTheMessageRate() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().ratePerSecond(1).burst(2).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            String mid = roomWithAMessage(alice, bob, carol);
            react(bob, mid, "👍", true, "r1");
            bob.next("reaction");
            react(bob, mid, "🎉", true, "r2");
            bob.next("reaction");
            react(bob, mid, "😀", true, "r3");
            assertEquals("r3", bob.expectError("rate-limited").path("id").asText());
        }
    }
}
