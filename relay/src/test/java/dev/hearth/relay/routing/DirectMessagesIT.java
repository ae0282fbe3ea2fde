package dev.hearth.relay.routing;

import static dev.hearth.relay.routing.RoomsIT.TS;
import static dev.hearth.relay.routing.RoomsIT.expectPresence;
import static dev.hearth.relay.routing.RoomsIT.fields;
import static dev.hearth.relay.routing.RoomsIT.nothingElseQueued;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Direct messages, typing to a nick, and ignore. */
class DirectMessagesIT {
    private static final Duration QUIET = Duration.ofMillis(200);

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0);
    }

    private static JsonNode expectDm(TestClient client, String from, String to, String text) {
        JsonNode dm = client.next();
        assertEquals("dm", dm.path("type").asText(), () -> "expected dm \"" + text + "\", got " + dm);
        assertEquals(from, dm.path("from").asText(), () -> dm.toString());
        assertEquals(to, dm.path("to").asText(), () -> dm.toString());
        assertEquals(text, dm.path("text").asText(), () -> dm.toString());
        assertTrue(dm.path("ts").asText().matches(TS), () -> "dm needs a ts: " + dm);
        return dm;
    }

    private static void expectIgnored(TestClient client, String nick, boolean on) {
        JsonNode ignored = client.next();
        assertEquals("ignored", ignored.path("type").asText(), () -> "expected ignored, got " + ignored);
        assertEquals(nick, ignored.path("nick").asText());
        assertEquals(on, ignored.path("on").asBoolean(!on));
    }

    @Test
    void dmReachesRecipientAndSenderWithFromToTsAndId() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            alice.request("type", "dm", "to", "bob", "text", "psst", "id", "c2");
            JsonNode echo = expectDm(alice, "alice", "bob", "psst");
            JsonNode got = expectDm(bob, "alice", "bob", "psst");
            assertEquals(Set.of("type", "from", "to", "text", "ts", "mid", "id", "n"), fields(got));
            assertEquals("c2", echo.path("id").asText());
            assertEquals("c2", got.path("id").asText());
            assertEquals(echo.path("ts"), got.path("ts"));
            carol.expectNothing(QUIET);
            nothingElseQueued(alice);
            nothingElseQueued(bob);

            bob.request("type", "dm", "to", "alice", "text", "no id");
            assertFalse(expectDm(bob, "bob", "alice", "no id").has("id"));
            assertFalse(expectDm(alice, "bob", "alice", "no id").has("id"));
        }
    }

    @Test
    void dmToAnOfflineOrInvalidNickIsNoSuchNick() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            bob.request("type", "bye");
            assertTrue(bob.closedByRelay());
            for (String to : List.of("bob", "nobody", "@bob", "two words", "")) {
                alice.request("type", "dm", "to", to, "text", "hello?", "id", "d");
                JsonNode error = alice.expectError("no-such-nick");
                assertEquals("d", error.path("id").asText());
                assertFalse(error.path("fatal").asBoolean(true));
            }
            alice.request("type", "dm", "text", "to whom?", "id", "no-to");
            assertEquals("no-to", alice.expectError("bad-request").path("id").asText());
        }
    }

    @Test
    void badDmTextIsRefusedAndNothingIsDelivered() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().maxText(5).build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            alice.request("type", "dm", "to", "bob", "text", "", "id", "empty");
            assertEquals("empty", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "dm", "to", "bob", "text", "a\u0000", "id", "nul");
            assertEquals("nul", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "dm", "to", "bob", "id", "missing");
            assertEquals("missing", alice.expectError("bad-request").path("id").asText());
            alice.request("type", "dm", "to", "bob", "text", "123456", "id", "long");
            assertEquals("long", alice.expectError("text-too-long").path("id").asText());
            bob.expectNothing(QUIET);
        }
    }

    @Test
    void dmTargetsAreLookedUpByUniquenessKeyAndCarryTheRealSpelling() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("Bob");
            for (String to : List.of("bob", "BOB", "b\u043Eb", "Bob")) {   // \u043E: Cyrillic о
                alice.request("type", "dm", "to", to, "text", "via " + to);
                expectDm(alice, "alice", "Bob", "via " + to);
                expectDm(bob, "alice", "Bob", "via " + to);
            }
        }
    }

    @Test
    void dmToYourselfIsDeliveredOnce() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.request("type", "dm", "to", "ALICE", "text", "note to self", "id", "self");
            assertEquals("self", expectDm(alice, "alice", "alice", "note to self").path("id").asText());
            nothingElseQueued(alice);
        }
    }

    @Test
    void typingToANickReachesOnlyThatNick() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            carol.login("carol");
            alice.join("lobby");
            bob.join("lobby");
            carol.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            expectPresence(alice, "lobby", "carol", "join");
            expectPresence(bob, "lobby", "carol", "join");

            alice.request("type", "typing", "to", "BOB", "on", true, "id", "t");
            JsonNode typing = bob.next();
            assertEquals("typing", typing.path("type").asText(), () -> "expected typing, got " + typing);
            assertEquals("bob", typing.path("to").asText());
            assertEquals("alice", typing.path("from").asText());
            assertTrue(typing.path("on").asBoolean(false));
            assertEquals(Set.of("type", "to", "from", "on", "n"), fields(typing), () -> typing.toString());
            nothingElseQueued(alice);
            nothingElseQueued(carol);

            alice.request("type", "typing", "to", "bob", "on", false);
            assertFalse(bob.next().path("on").asBoolean(true));

            alice.request("type", "typing", "to", "ghost", "on", true, "id", "offline");
            assertEquals("offline", alice.expectError("no-such-nick").path("id").asText());
        }
    }

    @Test
    void ignoreHidesMessagesDmsAndTypingButNotPresenceAndUnignoreRestores() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient mallory = TestClient.connect(relay.port())) {
            alice.login("alice");
            bob.login("bob");
            mallory.login("mallory");
            alice.join("lobby");
            bob.join("lobby");
            mallory.join("lobby");
            expectPresence(alice, "lobby", "bob", "join");
            expectPresence(alice, "lobby", "mallory", "join");
            expectPresence(bob, "lobby", "mallory", "join");

            bob.request("type", "ignore", "nick", "mallory", "on", true, "id", "i1");
            JsonNode ignored = bob.next();
            assertEquals("ignored", ignored.path("type").asText());
            assertEquals("mallory", ignored.path("nick").asText());
            assertTrue(ignored.path("on").asBoolean(false));
            assertEquals("i1", ignored.path("id").asText());

            mallory.request("type", "say", "room", "lobby", "text", "spam");
            assertEquals("spam", mallory.next().path("text").asText());
            assertEquals("spam", alice.next().path("text").asText());
            mallory.request("type", "dm", "to", "bob", "text", "psst", "id", "m-dm");
            expectDm(mallory, "mallory", "bob", "psst");   // still echoed: the ignore stays private
            mallory.request("type", "typing", "room", "lobby", "on", true);
            assertEquals("typing", alice.next().path("type").asText());
            mallory.request("type", "typing", "to", "bob", "on", true);
            nothingElseQueued(mallory);
            nothingElseQueued(bob);

            mallory.request("type", "leave", "room", "lobby");
            mallory.next("left");
            expectPresence(bob, "lobby", "mallory", "leave");
            mallory.join("lobby");
            expectPresence(bob, "lobby", "mallory", "join");
            expectPresence(alice, "lobby", "mallory", "leave");
            expectPresence(alice, "lobby", "mallory", "join");

            bob.request("type", "ignore", "nick", "mallory", "on", false);
            expectIgnored(bob, "mallory", false);
            mallory.request("type", "say", "room", "lobby", "text", "back");
            assertEquals("back", bob.next("message").path("text").asText());
            mallory.request("type", "dm", "to", "bob", "text", "hi again");
            expectDm(bob, "mallory", "bob", "hi again");
            mallory.request("type", "typing", "to", "bob", "on", true);
            assertEquals("typing", bob.next().path("type").asText());
        }
    }

    @Test
    void ignoreWorksByLookAlikeKeyAndAlsoHidesTheBacklog() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient bob = TestClient.connect(relay.port());
             TestClient mallory = TestClient.connect(relay.port());
             TestClient alice = TestClient.connect(relay.port())) {
            bob.login("bob");
            mallory.login("Mallory");
            alice.login("alice");
            mallory.join("lobby");
            mallory.request("type", "say", "room", "lobby", "text", "from mallory");
            mallory.next("message");
            alice.join("lobby");
            alice.next("message");
            alice.request("type", "say", "room", "lobby", "text", "from alice");
            alice.next("message");

            bob.request("type", "ignore", "nick", "MALL\u041ERY", "on", true);   // \u041E: Cyrillic О
            expectIgnored(bob, "Mallory", true);
            bob.join("lobby");
            JsonNode backlog = bob.next();
            assertEquals("from alice", backlog.path("text").asText(), () -> "mallory's backlog is hidden: " + backlog);
            nothingElseQueued(bob);
        }
    }

    @Test
    void ignoreTakesAnyValidNickOnlineOrNotAndRefusesInvalidOnes() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient bob = TestClient.connect(relay.port());
             TestClient late = TestClient.connect(relay.port())) {
            bob.login("bob");
            bob.request("type", "ignore", "nick", "ghost", "on", true);
            expectIgnored(bob, "ghost", true);
            late.login("Ghost");
            late.request("type", "dm", "to", "bob", "text", "boo");
            expectDm(late, "Ghost", "bob", "boo");
            nothingElseQueued(bob);   // the ignore applied to whoever took the nick

            bob.request("type", "ignore", "nick", "bad nick", "on", true, "id", "inv");
            JsonNode error = bob.expectError("nick-invalid");
            assertEquals("inv", error.path("id").asText());
            assertFalse(error.path("fatal").asBoolean(true));
            bob.request("type", "ignore", "nick", "ghost", "id", "no-on");
            assertEquals("no-on", bob.expectError("bad-request").path("id").asText());
            bob.request("type", "ignore", "on", true, "id", "no-nick");
            assertEquals("no-nick", bob.expectError("bad-request").path("id").asText());
        }
    }
}
