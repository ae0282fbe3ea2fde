package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each record checks its own shape, so a handler never meets a say without text or a typing
 * aimed at both a room and a nick. A broken rule decodes to bad-request whose reason the relay
 * sends as is: the request id survives and the wording tells the sender what is missing.
 */
class RecordValidationTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TS = "\"2026-11-22T13:00:00.123Z\"";

    private static final String ROOM = "this request needs a \"room\"";
    private static final String TEXT = "\"text\" must be a non-empty string";
    private static final String NUL = "\"text\" may not contain NUL";
    private static final String MUTE = "\"mute\" needs \"on\": true or false";
    private static final String TYPING = "\"typing\" needs \"on\" and exactly one of \"room\" or \"to\"";
    private static final String IGNORE = "\"ignore\" needs \"nick\" and \"on\": true or false";
    private static final String LAST = "resuming needs \"last\": the last n you processed";

    /** (valid line, a field it needs, the reason when that field is missing). */
    static Stream<Arguments> requiredFields() {
        return Stream.of(
                needs("{\"type\":\"join\",\"room\":\"lobby\"}", "room", ROOM),
                needs("{\"type\":\"leave\",\"room\":\"lobby\"}", "room", ROOM),
                needs("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\"}", "room", ROOM),
                needs("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"hi\"}", "text", TEXT),
                needs("{\"type\":\"mute\",\"room\":\"lobby\",\"on\":true}", "room", ROOM),
                needs("{\"type\":\"mute\",\"room\":\"lobby\",\"on\":false}", "on", MUTE),
                needs("{\"type\":\"typing\",\"room\":\"lobby\",\"on\":true}", "on", TYPING),
                needs("{\"type\":\"typing\",\"room\":\"lobby\",\"on\":true}", "room", TYPING),
                needs("{\"type\":\"typing\",\"to\":\"bob\",\"on\":true}", "to", TYPING),
                needs("{\"type\":\"typing\",\"room\":\"lobby\",\"from\":\"alice\",\"on\":true}", "on", TYPING),
                needs("{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"psst\"}", "to", "this request needs \"to\": a nick"),
                needs("{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"psst\"}", "text", TEXT),
                needs("{\"type\":\"dm\",\"from\":\"alice\",\"to\":\"bob\",\"text\":\"psst\",\"ts\":" + TS + "}", "text", TEXT),
                needs("{\"type\":\"ignore\",\"nick\":\"mallory\",\"on\":true}", "nick", IGNORE),
                needs("{\"type\":\"ignore\",\"nick\":\"mallory\",\"on\":false}", "on", IGNORE),
                needs("{\"type\":\"nick\",\"nick\":\"new\"}", "nick", "\"nick\" needs \"nick\": the new nick"),
                needs("{\"type\":\"nick\",\"nick\":\"new\",\"from\":\"old\"}", "nick", "\"nick\" needs \"nick\": the new nick"),
                needs("{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\"}", "v", "\"hello\" needs \"v\": 1"),
                needs("{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\"}", "nick", "\"hello\" needs \"nick\" (or \"resume\")"),
                needs("{\"type\":\"hello\",\"v\":1,\"resume\":\"token\",\"last\":0}", "resume", "\"hello\" needs \"nick\" (or \"resume\")"),
                needs("{\"type\":\"hello\",\"v\":1,\"resume\":\"token\",\"last\":0}", "last", LAST),
                needs("{\"type\":\"ack\",\"n\":0}", "n", "\"ack\" needs \"n\""),
                needs("{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"t\"}", "v", "\"welcome\" needs \"v\""),
                needs("{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"t\"}", "nick", "\"welcome\" needs \"nick\""),
                needs("{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"t\"}", "session",
                        "\"welcome\" needs \"session\": the resume token"),
                needs("{\"type\":\"joined\",\"room\":\"lobby\",\"members\":[]}", "room", "\"joined\" needs \"room\""),
                needs("{\"type\":\"joined\",\"room\":\"lobby\",\"members\":[]}", "members", "\"joined\" needs \"members\""),
                needs("{\"type\":\"left\",\"room\":\"lobby\"}", "room", "\"left\" needs \"room\""),
                needs("{\"type\":\"muted\",\"room\":\"lobby\",\"on\":true}", "room", "\"muted\" needs \"room\""),
                needs("{\"type\":\"muted\",\"room\":\"lobby\",\"on\":true}", "on", "\"muted\" needs \"on\": true or false"),
                needs("{\"type\":\"ignored\",\"nick\":\"mallory\",\"on\":true}", "nick", "\"ignored\" needs \"nick\""),
                needs("{\"type\":\"ignored\",\"nick\":\"mallory\",\"on\":true}", "on", "\"ignored\" needs \"on\": true or false"),
                needs(message(), "room", "\"message\" needs \"room\""),
                needs(message(), "seq", "\"message\" needs \"seq\""),
                needs(message(), "ts", "\"message\" needs \"ts\""),
                needs(message(), "from", "\"message\" needs \"from\""),
                needs(presence("join"), "room", "\"presence\" needs \"room\""),
                needs(presence("join"), "nick", "\"presence\" needs \"nick\""),
                needs(presence("join"), "event", "\"presence\" needs \"event\""),
                needs(presence("join"), "ts", "\"presence\" needs \"ts\""),
                needs(presence("rename"), "from", "a \"rename\" presence needs \"from\": the old nick"),
                needs("{\"type\":\"error\",\"code\":\"bad-request\",\"message\":\"why\"}", "code", "\"error\" needs \"code\""),
                needs("{\"type\":\"error\",\"code\":\"bad-request\",\"message\":\"why\"}", "message", "\"error\" needs \"message\""));
    }

    /** (line with every field present but one value the record refuses, the reason). */
    static Stream<Arguments> refusedValues() {
        return Stream.of(
                refused("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"\"}", TEXT),
                refused("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"a\\u0000b\"}", NUL),
                refused("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"\\u0000\"}", NUL),
                refused("{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"\"}", TEXT),
                refused("{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"psst\\u0000\"}", NUL),
                refused("{\"type\":\"typing\",\"room\":\"lobby\",\"to\":\"bob\",\"on\":true}", TYPING),
                refused("{\"type\":\"hello\",\"v\":1,\"resume\":\"token\",\"last\":-1}", LAST),
                refused("{\"type\":\"ack\",\"n\":-1}", "\"ack\" needs \"n\" of 0 or more"),
                refused("{\"type\":\"message\",\"room\":\"lobby\",\"seq\":-1,\"ts\":" + TS + ",\"from\":\"alice\"}",
                        "\"message\" needs \"seq\" of 0 or more"));
    }

    /** Lines that look incomplete but are legitimate: optional fields, both directions, later versions. */
    static Stream<Arguments> acceptedLines() {
        return Stream.of(
                accepted("who without room asks the whole relay", "{\"type\":\"who\"}"),
                accepted("who answer without room", "{\"type\":\"who\",\"members\":[\"alice\"]}"),
                accepted("typing to a nick", "{\"type\":\"typing\",\"to\":\"bob\",\"on\":false}"),
                accepted("typing forwarded to a nick", "{\"type\":\"typing\",\"to\":\"bob\",\"from\":\"alice\",\"on\":true}"),
                accepted("names are the relay's to judge", "{\"type\":\"join\",\"room\":\"\"}"),
                accepted("a dm to an empty nick is no-such-nick, not malformed", "{\"type\":\"dm\",\"to\":\"\",\"text\":\"x\"}"),
                accepted("one space is text", "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\" \"}"),
                accepted("text length is the relay's limit", "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"" + "x".repeat(5_000) + "\"}"),
                accepted("resume from the start", "{\"type\":\"hello\",\"v\":1,\"resume\":\"token\",\"last\":0}"),
                accepted("resume and nick is a resumption", "{\"type\":\"hello\",\"v\":1,\"nick\":\"alice\",\"resume\":\"t\",\"last\":3}"),
                accepted("another version's hello reaches the relay for unsupported-version", "{\"type\":\"hello\",\"v\":2}"),
                accepted("ack of nothing yet", "{\"type\":\"ack\",\"n\":0}"),
                accepted("a message without text (a deletion in protocol 1.1)",
                        "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"ts\":" + TS + ",\"from\":\"alice\"}"),
                accepted("a presence of an event this client does not know", presence("wave")),
                accepted("an error without fatal", "{\"type\":\"error\",\"code\":\"future-code\",\"message\":\"?\"}"),
                accepted("ping, pong and bye need nothing", "{\"type\":\"bye\"}"));
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void decodesTheLineWithEveryRequiredField(String line, String field, String reason) {
        assertInstanceOf(Decoded.Valid.class, decode(line), line);
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void answersAMissingRequiredFieldWithBadRequestSayingWhatIsMissing(String line, String field, String reason) {
        ObjectNode tree = parse(line);
        tree.remove(field);
        assertBadRequest(tree.toString(), reason);
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void answersANullRequiredFieldLikeAMissingOne(String line, String field, String reason) {
        ObjectNode tree = parse(line);
        tree.putNull(field);
        assertBadRequest(tree.toString(), reason);
    }

    @ParameterizedTest
    @MethodSource("refusedValues")
    void answersAValueTheRecordRefusesWithBadRequest(String line, String reason) {
        assertBadRequest(line, reason);
    }

    @ParameterizedTest
    @MethodSource("acceptedLines")
    void acceptsLegitimateLinesThatLeaveFieldsOut(String line) {
        var valid = assertInstanceOf(Decoded.Valid.class, decode(line), line);
        var again = CODEC.encode(valid.envelope());
        assertEquals(valid.envelope(), assertInstanceOf(Decoded.Valid.class,
                CODEC.decode(Arrays.copyOf(again, again.length - 1))).envelope(), "round trip");
    }

    @Test
    void refusalsNeverQuoteTheText() {
        // The relay keeps no message text in its logs; its error reasons must not carry it either.
        var malformed = assertInstanceOf(Decoded.Malformed.class,
                decode("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"secret\\u0000plans\"}"));
        assertFalse(malformed.reason().contains("secret") || malformed.reason().contains("plans"), malformed.reason());
    }

    @Test
    void recordsBuiltInCodeKeepTheSameRules() {
        assertEquals(TEXT, assertThrows(IllegalArgumentException.class, () -> new Say("lobby", "", null)).getMessage());
        assertEquals(NUL, assertThrows(IllegalArgumentException.class, () -> new Dm(null, "bob", "a\0", null, null)).getMessage());
        assertEquals(TYPING, assertThrows(IllegalArgumentException.class,
                () -> new Typing("lobby", "bob", null, true, null)).getMessage());
        assertEquals(LAST, assertThrows(IllegalArgumentException.class,
                () -> Hello.resume("token", -1, null, null)).getMessage());
    }

    @Test
    void buildsWhatTheClientAndTheRelaySend() {
        Instant now = Instant.parse("2026-11-22T13:00:00.123Z");
        List<Envelope> sent = List.of(
                Hello.login("alice", null, "hearth-fx/1.0"), Hello.resume("token", 0, "pw", null),
                new Say("lobby", "hi", "c1"), new Dm(null, "bob", "psst", null, "c2"),
                new Typing("lobby", null, null, true, null), new Typing(null, "bob", null, false, null),
                new Who("lobby", null, null), new Who(null, null, "online"), new Mute("lobby", true, null),
                new Ignore("mallory", false, null), new Nick("new", null, null), new Ack(1L, null),
                new Ping(null), new Pong("p"), new Bye(null),
                new Welcome(Hello.VERSION, "alice", "token", "hearth-relay/1.0", "motd", List.of(), 0, null, "h"),
                new Joined("lobby", List.of("alice"), null), new Left("lobby", null), new Muted("lobby", false, null),
                new Ignored("mallory", true, null), new Nick("new", "old", null),
                new Message("lobby", 1L, now, "alice", "hi", "c1"), new Dm("alice", "bob", "psst", now, "c2"),
                new Typing("lobby", null, "alice", true, null), new Typing(null, "bob", "alice", true, null),
                new Who(null, List.of("alice"), null), new Presence("lobby", "alice", Presence.JOIN, null, now),
                new Presence("lobby", "new", Presence.RENAME, "old", now),
                ErrorReply.of(ErrorCode.BAD_REQUEST, "why", null));
        for (Envelope envelope : sent) {
            byte[] line = CODEC.encode(envelope);
            assertEquals(envelope, assertInstanceOf(Decoded.Valid.class,
                    CODEC.decode(Arrays.copyOf(line, line.length - 1))).envelope());
        }
    }

    private static void assertBadRequest(String line, String reason) {
        ObjectNode tree = parse(line);
        tree.put("id", "r1");
        var malformed = assertInstanceOf(Decoded.Malformed.class, decode(tree.toString()), tree::toString);
        assertEquals(ErrorCode.BAD_REQUEST, malformed.code());
        assertEquals("bad \"" + tree.get("type").textValue() + "\": " + reason, malformed.reason());
        assertEquals("r1", malformed.id(), "the id survives so the sender knows which request failed");
    }

    private static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError(line, e);
        }
    }

    private static Decoded decode(String line) {
        return CODEC.decode(line.getBytes(UTF_8));
    }

    private static String message() {
        return "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"ts\":" + TS + ",\"from\":\"alice\",\"text\":\"hi\"}";
    }

    private static String presence(String event) {
        return "{\"type\":\"presence\",\"room\":\"lobby\",\"nick\":\"new\",\"event\":\"" + event + "\",\"from\":\"old\",\"ts\":" + TS + "}";
    }

    private static Arguments needs(String line, String field, String reason) {
        return argumentSet(line.substring(9, line.indexOf('"', 9)) + " without " + field, line, field, reason);
    }

    private static Arguments refused(String line, String reason) {
        return argumentSet(line, line, reason);
    }

    private static Arguments accepted(String name, String line) {
        return argumentSet(name, line);
    }
}
