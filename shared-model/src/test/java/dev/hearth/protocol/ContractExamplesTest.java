package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON lines of protocol-v1.md, copied verbatim. Where the page writes a placeholder ({@code …}
 * for a timestamp or list, {@code K} for a number) it is filled in, and the two-line welcome is
 * joined; the comment on each case says so.
 */
class ContractExamplesTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final Instant TS = Instant.parse("2026-11-22T13:00:00.123Z");

    /** Version 1's examples, then those of 1.1. */
    static Stream<Arguments> examples() {
        return Stream.concat(version1(), ContractExamples11Test.examples());
    }

    private static Stream<Arguments> version1() {
        return Stream.of(
                argumentSet("hello",
                        "{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\",\"password\":\"…\",\"client\":\"hearth-fx/1.0\"}",
                        new Hello(1, "alice", "…", "hearth-fx/1.0", null, null, null)),
                argumentSet("welcome (joined from two lines)",
                        "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"<opaque resume token>\","
                                + "\"relay\":\"hearth-relay/1.0\",\"motd\":\"…\",\"rooms\":[{\"name\":\"lobby\",\"members\":3}],"
                                + "\"limits\":{\"maxFrame\":65536,\"maxText\":4000,\"ratePerSecond\":5,\"burst\":20}}",
                        new Welcome(1, "alice", "<opaque resume token>", "hearth-relay/1.0", "…",
                                List.of(new Welcome.RoomSummary("lobby", 3)), null, new Welcome.Limits(65_536, 4_000, 5, 20), null)),
                argumentSet("nick", "{\"type\":\"nick\",\"nick\":\"new\"}", new Nick("new", null, null)),
                argumentSet("presence rename (fields from the page)",
                        "{\"type\":\"presence\",\"room\":\"lobby\",\"nick\":\"new\",\"event\":\"rename\",\"from\":\"old\",\"ts\":\"2026-11-22T13:00:00.123Z\"}",
                        new Presence("lobby", "new", Presence.RENAME, "old", TS)),
                argumentSet("join", "{\"type\":\"join\",\"room\":\"lobby\"}", new Join("lobby", null)),
                argumentSet("joined", "{\"type\":\"joined\",\"room\":\"lobby\",\"members\":[\"alice\",\"bob\"]}",
                        new Joined("lobby", List.of("alice", "bob"), null)),
                argumentSet("presence join (ts filled in)",
                        "{\"type\":\"presence\",\"room\":\"lobby\",\"nick\":\"alice\",\"event\":\"join\",\"ts\":\"2026-11-22T13:00:00.123Z\"}",
                        new Presence("lobby", "alice", Presence.JOIN, null, TS)),
                argumentSet("leave", "{\"type\":\"leave\",\"room\":\"lobby\"}", new Leave("lobby", null)),
                argumentSet("say", "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\",\"id\":\"c1\"}",
                        new Say("lobby", "hi", "c1")),
                argumentSet("message",
                        "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":124,\"ts\":\"2026-11-22T13:00:00.123Z\",\"from\":\"alice\",\"text\":\"hi\",\"id\":\"c1\"}",
                        new Message("lobby", 124L, TS, "alice", "hi", "c1")),
                argumentSet("who request", "{\"type\":\"who\",\"room\":\"lobby\"}", new Who("lobby", null, null)),
                argumentSet("who answer (members filled in)",
                        "{\"type\":\"who\",\"room\":\"lobby\",\"members\":[\"alice\",\"bob\"]}",
                        new Who("lobby", List.of("alice", "bob"), null)),
                argumentSet("who answer without room", "{\"type\":\"who\",\"members\":[\"alice\"]}",
                        new Who(null, List.of("alice"), null)),
                argumentSet("mute", "{\"type\":\"mute\",\"room\":\"lobby\",\"on\":true}", new Mute("lobby", true, null)),
                argumentSet("typing request", "{\"type\":\"typing\",\"room\":\"lobby\",\"on\":true}",
                        new Typing("lobby", null, null, true, null)),
                argumentSet("typing forwarded", "{\"type\":\"typing\",\"room\":\"lobby\",\"from\":\"alice\",\"on\":true}",
                        new Typing("lobby", null, "alice", true, null)),
                argumentSet("dm request", "{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"psst\",\"id\":\"c2\"}",
                        new Dm(null, "bob", "psst", null, "c2")),
                argumentSet("dm delivered (ts filled in)",
                        "{\"type\":\"dm\",\"from\":\"alice\",\"to\":\"bob\",\"text\":\"psst\",\"ts\":\"2026-11-22T13:00:00.123Z\",\"id\":\"c2\"}",
                        new Dm("alice", "bob", "psst", TS, "c2")),
                argumentSet("ignore", "{\"type\":\"ignore\",\"nick\":\"mallory\",\"on\":true}",
                        new Ignore("mallory", true, null)),
                argumentSet("ack (K filled in)", "{\"type\":\"ack\",\"n\":42}", new Ack(42L, null)),
                argumentSet("ping", "{\"type\":\"ping\"}", new Ping(null)),
                argumentSet("pong", "{\"type\":\"pong\"}", new Pong(null)),
                argumentSet("hello resume (K filled in)", "{\"type\":\"hello\",\"v\":1,\"resume\":\"<token>\",\"last\":41}",
                        new Hello(1, null, null, null, "<token>", 41L, null)),
                argumentSet("bye", "{\"type\":\"bye\"}", new Bye(null)),
                argumentSet("error",
                        "{\"type\":\"error\",\"code\":\"…\",\"message\":\"human-readable\",\"id\":\"c1\",\"fatal\":false}",
                        new ErrorReply("…", "human-readable", "c1", false)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void decodesTheContractsExample(String line, Envelope expected) {
        var valid = assertInstanceOf(Decoded.Valid.class, CODEC.decode(line.getBytes(UTF_8)));
        assertEquals(expected, valid.envelope());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void encodesTheSameFieldsAsTheContractsExample(String line, Envelope expected) throws Exception {
        var json = new ObjectMapper();
        String ours = new String(CODEC.encode(expected), UTF_8);
        assertEquals(json.readTree(line), json.readTree(ours), ours);
    }

    @Test
    void factoriesBuildTheContractsHellos() {
        assertEquals(new Hello(1, "alice", "…", "hearth-fx/1.0", null, null, null), Hello.login("alice", "…", "hearth-fx/1.0"));
        assertEquals(new Hello(1, null, null, null, "<token>", 41L, null), Hello.resume("<token>", 41, null, null));
    }

    @Test
    void welcomeCarriesNoCounterButLaterEnvelopesDo() {
        var welcome = assertInstanceOf(Decoded.Valid.class, CODEC.decode(
                "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"t\"}".getBytes(UTF_8)));
        assertNull(welcome.n());
        var message = assertInstanceOf(Decoded.Valid.class, CODEC.decode(
                ("{\"type\":\"message\",\"room\":\"lobby\",\"seq\":124,\"ts\":\"2026-11-22T13:00:00.123Z\","
                        + "\"from\":\"alice\",\"text\":\"hi\",\"n\":1}").getBytes(UTF_8)));
        assertEquals(1L, message.n());
    }

    @Test
    void defaultLimitsAreTheOnesTheContractsWelcomeShows() {
        var welcome = assertInstanceOf(Welcome.class, examples()
                .filter(example -> example.get()[1] instanceof Welcome)
                .findFirst().orElseThrow().get()[1]);
        assertEquals(new Welcome.Limits(ProtocolDefaults.MAX_FRAME_BYTES, ProtocolDefaults.MAX_TEXT_CODE_POINTS,
                ProtocolDefaults.RATE_PER_SECOND, ProtocolDefaults.BURST), welcome.limits());
    }

    @Test
    void errorReplyNamesItsCodeOnTheWire() {
        String line = new String(CODEC.encode(ErrorReply.of(ErrorCode.NICK_TAKEN, "alice is online", "c1")), UTF_8);
        assertEquals("{\"type\":\"error\",\"code\":\"nick-taken\",\"message\":\"alice is online\",\"id\":\"c1\",\"fatal\":false}\n", line);
    }
}
