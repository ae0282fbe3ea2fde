package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code hello} and {@code welcome}: what a fresh login needs, gets and is refused for. */
class LoginIT {

    private static RelayConfig.Builder config() {
        return RelayConfig.builder().port(0);
    }

    private static void expectFatal(TestClient client, String code) {
        JsonNode error = client.expectError(code);
        assertTrue(error.path("fatal").asBoolean(false), () -> code + " must be fatal: " + error);
        assertTrue(client.closedByRelay(), () -> "the relay must close the connection after " + code);
    }

    private static JsonNode expectNonFatal(TestClient client, String code) {
        JsonNode error = client.expectError(code);
        assertFalse(error.path("fatal").asBoolean(true), () -> code + " must not be fatal: " + error);
        return error;
    }

    @Test
    void welcomeCarriesVersionNickSessionRelayMotdRoomsAndConfiguredLimits() throws Exception {
        RelayConfig config = config().motd("Hi friends, be kind.").maxFrame(32_768).maxFile(0).maxText(500).maxConnections(200)
                .ratePerSecond(7).burst(9).build();
        try (Relay relay = TestTransport.startRelay(config);
             TestClient bob = TestClient.connect(relay.port());
             TestClient carol = TestClient.connect(relay.port());
             TestClient dave = TestClient.connect(relay.port());
             TestClient alice = TestClient.connect(relay.port())) {
            bob.login("bob");
            carol.login("carol");
            dave.login("dave");
            bob.join("lobby");
            carol.join("lobby");
            dave.join("Attic");
            dave.request("type", "say", "room", "Attic", "text", "anyone?");
            dave.next("message");
            dave.request("type", "leave", "room", "Attic");
            dave.next("left");

            alice.request("type", "hello", "v", 1, "nick", "alice", "client", "it/1", "id", "h1");
            JsonNode welcome = alice.next();
            assertEquals("welcome", welcome.path("type").asText(), () -> "expected welcome, got " + welcome);
            assertEquals(1, welcome.path("v").asInt());
            assertTrue(welcome.path("v").isInt());
            assertEquals("alice", welcome.path("nick").asText());
            assertTrue(welcome.path("session").asText().matches("[A-Za-z0-9_-]{43}"),
                    () -> "session token must be 256 random bits, base64url: " + welcome);
            assertTrue(welcome.path("relay").asText().startsWith("hearth-relay/"), () -> welcome.toString());
            assertEquals("Hi friends, be kind.", welcome.path("motd").asText());
            Set<String> rooms = new HashSet<>();
            welcome.path("rooms").forEach(r -> rooms.add(r.path("name").asText() + "=" + r.path("members").asInt()));
            assertEquals(Set.of("lobby=2", "Attic=0"), rooms, "every room, with backlog-only ones at 0 members");
            JsonNode limits = welcome.path("limits");
            assertEquals(32_768, limits.path("maxFrame").asInt());
            assertEquals(500, limits.path("maxText").asInt());
            assertEquals(7, limits.path("ratePerSecond").asInt());
            assertEquals(9, limits.path("burst").asInt());
            assertEquals("h1", welcome.path("id").asText());
            assertFalse(welcome.has("n"), "welcome carries no n");
        }
    }

    @Test
    void defaultLimitsAreTheContractsDefaults() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port())) {
            JsonNode welcome = alice.login("alice");
            JsonNode limits = welcome.path("limits");
            assertEquals(65_536, limits.path("maxFrame").asInt());
            assertEquals(4000, limits.path("maxText").asInt());
            assertEquals(5, limits.path("ratePerSecond").asInt());
            assertEquals(20, limits.path("burst").asInt());
            assertEquals(0, welcome.path("rooms").size());
            assertTrue(welcome.path("rooms").isArray());
        }
    }

    @Test
    void sessionTokensDifferBetweenSessions() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            assertNotEquals(alice.login("alice").path("session").asText(), bob.login("bob").path("session").asText());
        }
    }

    @Test
    void welcomeHasNoCounterAndEverythingAfterItCountsFromOne() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port())) {
            alice.request("type", "ping", "id", "early");
            JsonNode earlyPong = alice.next();
            assertEquals("pong", earlyPong.path("type").asText());
            assertFalse(earlyPong.has("n"), "nothing before welcome carries n");
            alice.request("type", "join", "room", "lobby");
            assertFalse(alice.expectError("not-logged-in").has("n"));
            assertFalse(alice.login("alice").has("n"));
            bob.login("bob");

            List<JsonNode> got = new ArrayList<>();
            got.add(alice.join("lobby"));
            bob.join("lobby");
            got.add(alice.next());                                                     // presence join bob
            alice.request("type", "say", "room", "lobby", "text", "one");
            got.add(alice.next());                                                     // echo
            alice.request("type", "say", "room", "nowhere", "text", "two");
            got.add(alice.next());                                                     // error not-in-room
            alice.request("type", "who");
            got.add(alice.next());
            alice.request("type", "ping");
            got.add(alice.next());
            alice.request("type", "dm", "to", "bob", "text", "psst");
            got.add(alice.next());
            alice.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"again\"}");
            got.add(alice.next());                                                     // bad-request: already logged in
            List<String> types = got.stream().map(n -> n.path("type").asText()).toList();
            assertEquals(List.of("joined", "presence", "message", "error", "who", "pong", "dm", "error"), types);
            for (int i = 0; i < got.size(); i++) {
                JsonNode node = got.get(i);
                assertTrue(node.path("n").isIntegralNumber(), () -> "missing n: " + node);
                assertEquals(i + 1, node.path("n").asLong(), () -> "n out of order: " + node);
            }
        }
    }

    @Test
    void beforeLoginOnlyHelloAndPingAreAccepted() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            List<String> refused = List.of(
                    "{\"type\":\"join\",\"room\":\"lobby\",\"id\":\"r1\"}",
                    "{\"type\":\"leave\",\"room\":\"lobby\",\"id\":\"r2\"}",
                    "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\",\"id\":\"r3\"}",
                    "{\"type\":\"who\",\"id\":\"r4\"}",
                    "{\"type\":\"mute\",\"room\":\"lobby\",\"on\":true,\"id\":\"r5\"}",
                    "{\"type\":\"typing\",\"room\":\"lobby\",\"on\":true,\"id\":\"r6\"}",
                    "{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"hi\",\"id\":\"r7\"}",
                    "{\"type\":\"ignore\",\"nick\":\"bob\",\"on\":true,\"id\":\"r8\"}",
                    "{\"type\":\"nick\",\"nick\":\"carol\",\"id\":\"r9\"}",
                    "{\"type\":\"ack\",\"n\":1,\"id\":\"r10\"}",
                    "{\"type\":\"bye\",\"id\":\"r11\"}",
                    "{\"type\":\"pong\",\"id\":\"r12\"}",
                    // Complete forgeries: a relay-only line missing its fields is bad-request, logged in or not.
                    "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"ts\":\"2026-11-22T13:00:00.123Z\","
                            + "\"from\":\"bob\",\"text\":\"forged\",\"id\":\"r13\"}",
                    "{\"type\":\"welcome\",\"v\":1,\"nick\":\"bob\",\"session\":\"forged\",\"id\":\"r14\"}");
            for (int i = 0; i < refused.size(); i++) {
                client.send(refused.get(i));
                JsonNode error = expectNonFatal(client, "not-logged-in");
                assertEquals("r" + (i + 1), error.path("id").asText());
            }
            client.request("type", "ping", "id", "p1");
            JsonNode pong = client.next();
            assertEquals("pong", pong.path("type").asText());
            assertEquals("p1", pong.path("id").asText());
            assertEquals("welcome", client.login("alice").path("type").asText());
        }
    }

    @Test
    void relayOnlyTypesFromAClientAreBadRequestAfterLogin() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            client.join("lobby");
            for (String type : List.of("welcome", "joined", "left", "message", "muted", "ignored", "presence", "error")) {
                client.send("{\"type\":\"" + type + "\",\"room\":\"lobby\",\"id\":\"" + type + "\"}");
                assertEquals(type, expectNonFatal(client, "bad-request").path("id").asText());
            }
        }
    }

    @Test
    void missingPasswordIsAuthFailedAndClosed() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().password("s3cret").build());
             TestClient client = TestClient.connect(relay.port())) {
            client.request("type", "hello", "v", 1, "nick", "alice", "id", "h");
            JsonNode error = client.expectError("auth-failed");
            assertEquals("h", error.path("id").asText());
            assertTrue(error.path("fatal").asBoolean(false));
            assertTrue(client.closedByRelay());
        }
    }

    @Test
    void wrongPasswordIsAuthFailedAndClosed() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().password("s3cret").build());
             TestClient wrong = TestClient.connect(relay.port());
             TestClient empty = TestClient.connect(relay.port());
             TestClient kind = TestClient.connect(relay.port())) {
            wrong.request("type", "hello", "v", 1, "nick", "alice", "password", "S3CRET");
            expectFatal(wrong, "auth-failed");
            empty.request("type", "hello", "v", 1, "nick", "alice", "password", "");
            expectFatal(empty, "auth-failed");
            kind.send("{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\",\"password\":7}");
            expectNonFatal(kind, "bad-request");
        }
    }

    @Test
    void rightPasswordIsWelcomedAndAnOpenRelayIgnoresOne() throws Exception {
        try (Relay guarded = TestTransport.startRelay(config().password("s3cret").build());
             Relay open = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(guarded.port());
             TestClient bob = TestClient.connect(open.port())) {
            assertEquals("alice", alice.login("alice", "s3cret").path("nick").asText());
            assertEquals("bob", bob.login("bob", "whatever").path("nick").asText());
        }
    }

    @Test
    void unsupportedVersionIsFatal() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient two = TestClient.connect(relay.port());
             TestClient zero = TestClient.connect(relay.port())) {
            two.request("type", "hello", "v", 2, "nick", "alice");
            expectFatal(two, "unsupported-version");
            zero.request("type", "hello", "v", 0, "nick", "alice");
            expectFatal(zero, "unsupported-version");
        }
    }

    @Test
    void versionIsCheckedBeforeThePassword() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().password("s3cret").build());
             TestClient client = TestClient.connect(relay.port())) {
            client.request("type", "hello", "v", 2, "nick", "alice", "password", "wrong");
            expectFatal(client, "unsupported-version");
        }
    }

    @Test
    void passwordIsCheckedBeforeTheNick() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().password("s3cret").build());
             TestClient client = TestClient.connect(relay.port())) {
            client.request("type", "hello", "v", 1, "nick", "not valid", "password", "wrong");
            expectFatal(client, "auth-failed");
        }
    }

    @Test
    void helloWithoutVersionOrNickIsBadRequestAndNotFatal() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.request("type", "hello", "nick", "alice", "id", "nov");
            assertEquals("nov", expectNonFatal(client, "bad-request").path("id").asText());
            client.request("type", "hello", "v", 1, "id", "nonick");
            assertEquals("nonick", expectNonFatal(client, "bad-request").path("id").asText());
            client.send("{\"type\":\"hello\",\"v\":1,\"nick\":null}");
            expectNonFatal(client, "bad-request");
            assertEquals("alice", client.login("alice").path("nick").asText());
        }
    }

    @Test
    void nickInvalidLeavesConnectionOpenForAnotherHello() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            List<String> invalid = List.of("", "bad nick", "tab\tnick", "@alice", "#alice", "/alice",
                    "a".repeat(33), "ali\u200Bce", "\u202Eecila", "bell\u0007", "\uE000priv", "nbsp\u00A0x",
                    "ideo\u3000space", "unassigned\u0378");
            for (String nick : invalid) {
                client.request("type", "hello", "v", 1, "nick", nick, "id", "bad");
                JsonNode error = expectNonFatal(client, "nick-invalid");
                assertEquals("bad", error.path("id").asText());
            }
            assertEquals("alice", client.login("alice").path("nick").asText());
        }
    }

    @Test
    void nickOfExactly32CodePointsIsAccepted() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient plain = TestClient.connect(relay.port());
             TestClient emoji = TestClient.connect(relay.port())) {
            String nick = "b".repeat(32);
            assertEquals(nick, plain.login(nick).path("nick").asText());
            String smiles = "\uD83D\uDE00".repeat(32); // 32 code points, 64 UTF-16 chars
            assertEquals(smiles, emoji.login(smiles).path("nick").asText());
        }
    }

    @Test
    void nickTakenLeavesConnectionOpenForAnotherHello() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient second = TestClient.connect(relay.port())) {
            alice.login("alice");
            second.request("type", "hello", "v", 1, "nick", "alice", "id", "again");
            JsonNode error = expectNonFatal(second, "nick-taken");
            assertEquals("again", error.path("id").asText());
            assertEquals("alice2", second.login("alice2").path("nick").asText());
        }
    }

    @Test
    void lookAlikeNicksAreTakenWhileAliceIsOnline() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient alice = TestClient.connect(relay.port());
             TestClient other = TestClient.connect(relay.port())) {
            alice.login("alice");
            for (String lookAlike : List.of("Alice", "ALICE", "\u0430lice", "\u0410LICE", "alIce")) {
                other.request("type", "hello", "v", 1, "nick", lookAlike);
                expectNonFatal(other, "nick-taken");
            }
            assertEquals("bob", other.login("bob").path("nick").asText());
        }
    }

    @Test
    void chineseNickIsWelcome() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient ming = TestClient.connect(relay.port());
             TestClient bob = TestClient.connect(relay.port());
             TestClient other = TestClient.connect(relay.port())) {
            assertEquals("小明", ming.login("小明").path("nick").asText());
            bob.login("bob");
            bob.request("type", "who");
            JsonNode who = bob.next();
            assertEquals("who", who.path("type").asText());
            List<String> nicks = new ArrayList<>();
            who.path("members").forEach(m -> nicks.add(m.asText()));
            assertTrue(nicks.contains("小明"), () -> who.toString());
            assertEquals("nick-taken", other.hello("小明").path("code").asText(), "still unique");
        }
    }

    @Test
    void nickIsNormalisedToNfc() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient decomposed = TestClient.connect(relay.port());
             TestClient composed = TestClient.connect(relay.port())) {
            assertEquals("jos\u00E9", decomposed.login("jose\u0301").path("nick").asText());
            assertEquals("nick-taken", composed.hello("jos\u00E9").path("code").asText());
        }
    }

    @Test
    void helloAfterLoginIsBadRequest() throws Exception {
        try (Relay relay = TestTransport.startRelay(config().build());
             TestClient client = TestClient.connect(relay.port())) {
            client.login("alice");
            client.request("type", "hello", "v", 1, "nick", "alicia", "id", "twice");
            JsonNode error = expectNonFatal(client, "bad-request");
            assertEquals("twice", error.path("id").asText());
            client.request("type", "who", "id", "w");
            JsonNode who = client.next();
            assertEquals("who", who.path("type").asText());
            assertEquals("alice", who.path("members").get(0).asText(), "still alice, not renamed by a second hello");
        }
    }
}
