package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON lines of protocol-v1.1.md (all but "Files and pictures"), copied verbatim, with the
 * page's {@code …} for a timestamp filled in; and lines the page describes in words.
 * {@link ContractExamplesTest} decodes and encodes them with version 1's.
 */
class ContractExamples11Test {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final Instant TS = Instant.parse("2026-11-22T13:00:00.123Z");
    private static final String T = "\"2026-11-22T13:00:00.123Z\"";

    static Stream<Arguments> examples() {
        Map<String, List<String>> reactions = new LinkedHashMap<>();
        reactions.put("👍", List.of("bob", "carol"));
        return Stream.of(
                argumentSet("react", "{\"type\":\"react\",\"mid\":\"m1\",\"emoji\":\"👍\",\"on\":true,\"id\":\"c7\"}",
                        new React("m1", "👍", true, "c7")),
                argumentSet("reaction (ts filled in)",
                        "{\"type\":\"reaction\",\"mid\":\"m1\",\"from\":\"bob\",\"emoji\":\"👍\",\"on\":true,\"ts\":" + T + ",\"id\":\"c7\"}",
                        new Reaction(null, "m1", "bob", "👍", true, TS, "c7")),
                argumentSet("edit", "{\"type\":\"edit\",\"mid\":\"m1\",\"text\":\"new text\",\"id\":\"c8\"}",
                        new Edit("m1", "new text", "c8")),
                argumentSet("edited (ts filled in)",
                        "{\"type\":\"edited\",\"mid\":\"m1\",\"from\":\"alice\",\"text\":\"new text\",\"ts\":" + T + ",\"id\":\"c8\"}",
                        new Edited(null, "m1", "alice", "new text", TS, "c8")),
                argumentSet("delete", "{\"type\":\"delete\",\"mid\":\"m1\",\"id\":\"c9\"}", new Delete("m1", "c9")),
                argumentSet("deleted (ts filled in)",
                        "{\"type\":\"deleted\",\"mid\":\"m1\",\"from\":\"alice\",\"ts\":" + T + ",\"id\":\"c9\"}",
                        new Deleted(null, "m1", "alice", TS, "c9")),
                argumentSet("say with reply (described)", "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"yes\",\"reply\":\"m1\",\"id\":\"c3\"}",
                        new Say("lobby", "yes", "m1", "c3")),
                argumentSet("dm with reply (described)", "{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"yes\",\"reply\":\"m1\"}",
                        new Dm(null, "bob", "yes", null, null, "m1", null, null)),
                argumentSet("backlog message, edited with reactions (described)",
                        "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":7,\"ts\":" + T + ",\"from\":\"alice\",\"text\":\"new\","
                                + "\"mid\":\"m1\",\"edited\":" + T + ",\"reactions\":{\"👍\":[\"bob\",\"carol\"]}}",
                        new Message("lobby", 7L, TS, "alice", "new", "m1", null, TS, reactions, null, null)),
                argumentSet("backlog message, deleted (described)",
                        "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":7,\"ts\":" + T + ",\"from\":\"alice\",\"mid\":\"m1\",\"deleted\":true}",
                        new Message("lobby", 7L, TS, "alice", null, "m1", null, null, null, true, null)),
                argumentSet("welcome with features (described)",
                        "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"t\",\"features\":[\"mid\",\"reply\",\"react\",\"edit\",\"delete\",\"file\"]}",
                        new Welcome(1, "alice", "t", null, null, null, null, null, Features.ALL, null)));
    }

    @Test
    void keepsTheOrderInWhichPeopleReacted() {
        String line = "{\"type\":\"message\",\"room\":\"r\",\"seq\":1,\"ts\":" + T + ",\"from\":\"a\",\"text\":\"x\","
                + "\"reactions\":{\"😀\":[\"zed\",\"amy\"],\"👍\":[\"bob\"],\"🎉\":[\"carol\"]}}";
        Message message = (Message) ((Decoded.Valid) CODEC.decode(line.getBytes(UTF_8))).envelope();
        assertEquals(List.of("😀", "👍", "🎉"), List.copyOf(message.reactions().keySet()));
        assertEquals(List.of("zed", "amy"), message.reactions().get("😀"));
        assertTrue(new String(CODEC.encode(message), UTF_8).contains("{\"😀\":[\"zed\",\"amy\"],\"👍\":[\"bob\"],\"🎉\":[\"carol\"]}"));
    }

    @Test
    void aVersionOneWelcomeOffersNoFeature() {
        Welcome old = new Welcome(1, "alice", "t", null, null, null, null, null, null);
        Features.ALL.forEach(feature -> assertFalse(old.offers(feature), feature));
        Welcome some = new Welcome(1, "alice", "t", null, null, null, null, null, List.of(Features.MID, Features.REPLY), null);
        assertTrue(some.offers(Features.REPLY));
        assertFalse(some.offers(Features.REACT));
    }

    @Test
    void aReplayedDeletedDmHasNoTextButADmRequestStillNeedsOne() {
        var replayed = assertInstanceOf(Decoded.Valid.class, CODEC.decode(("{\"type\":\"dm\",\"from\":\"alice\",\"to\":\"bob\","
                + "\"ts\":" + T + ",\"mid\":\"m1\",\"deleted\":true}").getBytes(UTF_8)));
        assertEquals(new Dm("alice", "bob", null, TS, "m1", null, true, null), replayed.envelope());
        var request = assertInstanceOf(Decoded.Malformed.class, CODEC.decode("{\"type\":\"dm\",\"to\":\"bob\"}".getBytes(UTF_8)));
        assertEquals(ErrorCode.BAD_REQUEST, request.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"react\",\"mid\":\"m 1\",\"emoji\":\"👍\",\"on\":true}",
        "{\"type\":\"react\",\"mid\":\"\",\"emoji\":\"👍\",\"on\":true}",
        "{\"type\":\"react\",\"mid\":\"m1\",\"emoji\":\"👍👍\",\"on\":true}",
        "{\"type\":\"react\",\"mid\":\"m1\",\"emoji\":\"👍\"}",
        "{\"type\":\"react\",\"emoji\":\"👍\",\"on\":true}",
        "{\"type\":\"edit\",\"mid\":\"m1\",\"text\":\"\"}",
        "{\"type\":\"edit\",\"text\":\"x\"}",
        "{\"type\":\"delete\",\"mid\":\"m1m1m1m1m1m1m1m1m1m1m1m1m1m1m1m1m\"}",
        "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"x\",\"reply\":\"m/1\"}",
        "{\"type\":\"dm\",\"to\":\"bob\",\"text\":\"x\",\"reply\":\"\"}"})
    void refusesRequestsOfTheWrongShapeAsBadRequest(String line) {
        var malformed = assertInstanceOf(Decoded.Malformed.class, CODEC.decode(line.getBytes(UTF_8)));
        assertEquals(ErrorCode.BAD_REQUEST, malformed.code());
    }
}
