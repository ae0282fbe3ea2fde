package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lines the contract answers with bad-request or unknown-type; the connection stays open, so decode returns a value. */
class EnvelopeCodecMalformedTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final String BAD = "BAD_REQUEST";
    private static final String UNKNOWN = "UNKNOWN_TYPE";

    /** (bytes, expected code, expected id or null). */
    static Stream<Arguments> malformedBytes() {
        return Stream.of(
                argumentSet("UTF-8: C3 28, lead byte without continuation", say(0xC3, 0x28), BAD, null),
                argumentSet("UTF-8: overlong slash C0 AF", say(0xC0, 0xAF), BAD, null),
                argumentSet("UTF-8: overlong NUL C0 80", say(0xC0, 0x80), BAD, null),
                argumentSet("UTF-8: overlong three bytes E0 80 AF", say(0xE0, 0x80, 0xAF), BAD, null),
                argumentSet("UTF-8: encoded surrogate ED A0 80", say(0xED, 0xA0, 0x80), BAD, null),
                argumentSet("UTF-8: encoded low surrogate ED BF BF", say(0xED, 0xBF, 0xBF), BAD, null),
                argumentSet("UTF-8: truncated three bytes E2 82", say(0xE2, 0x82), BAD, null),
                argumentSet("UTF-8: truncated four bytes F0 9F 98", say(0xF0, 0x9F, 0x98), BAD, null),
                argumentSet("UTF-8: truncated at end of line", concat(ascii("{\"type\":\"ping\"}"), bytes(0xE2, 0x82)), BAD, null),
                argumentSet("UTF-8: lone continuation byte 80", say(0x80), BAD, null),
                argumentSet("UTF-8: byte FF", say(0xFF), BAD, null),
                argumentSet("UTF-8: byte FE", say(0xFE), BAD, null),
                argumentSet("UTF-8: above U+10FFFF F4 90 80 80", say(0xF4, 0x90, 0x80, 0x80), BAD, null),
                argumentSet("UTF-8: five-byte form F8 88 80 80 80", say(0xF8, 0x88, 0x80, 0x80, 0x80), BAD, null),
                argumentSet("UTF-8: Latin-1 é", say(0xE9), BAD, null),
                argumentSet("UTF-8: BOM before the object", concat(bytes(0xEF, 0xBB, 0xBF), ascii("{\"type\":\"ping\"}")), BAD, null),
                argumentSet("UTF-8: bad bytes in an unknown field", concat(ascii("{\"type\":\"ping\",\"id\":\"c1\",\"x\":\""), bytes(0xC0, 0xAF), ascii("\"}")), BAD, null));
    }

    /** (line, expected code, expected id or null). */
    static Stream<Arguments> malformedLines() {
        String deep = "[".repeat(EnvelopeCodec.MAX_NESTING_DEPTH) + "]".repeat(EnvelopeCodec.MAX_NESTING_DEPTH);
        return Stream.of(
                argumentSet("empty line", "", BAD, null),
                argumentSet("only whitespace", "  \t\r", BAD, null),
                argumentSet("not JSON", "hello", BAD, null),
                argumentSet("unterminated object", "{\"type\":\"ping\"", BAD, null),
                argumentSet("unterminated string", "{\"type\":\"ping", BAD, null),
                argumentSet("unquoted value", "{\"type\":ping}", BAD, null),
                argumentSet("single quotes", "{'type':'ping'}", BAD, null),
                argumentSet("unquoted key", "{type:\"ping\"}", BAD, null),
                argumentSet("trailing comma", "{\"type\":\"ping\",}", BAD, null),
                argumentSet("comment", "/* hi */{\"type\":\"ping\"}", BAD, null),
                argumentSet("NaN", "{\"type\":\"ack\",\"n\":NaN}", BAD, null),
                argumentSet("leading zero", "{\"type\":\"ack\",\"n\":012}", BAD, null),
                argumentSet("raw control character in a string", "{\"type\":\"say\",\"text\":\"a\u0001b\"}", BAD, null),
                argumentSet("raw tab in a string", "{\"type\":\"say\",\"text\":\"a\tb\"}", BAD, null),
                argumentSet("bad escape", "{\"type\":\"say\",\"text\":\"\\x41\"}", BAD, null),
                argumentSet("trailing garbage", "{\"type\":\"ping\"} x", BAD, null),
                argumentSet("trailing second object", "{\"type\":\"ping\"}{\"type\":\"ping\"}", BAD, null),
                argumentSet("trailing bracket", "{\"type\":\"ping\"}]", BAD, null),
                argumentSet("trailing comma after object", "{\"type\":\"ping\"},", BAD, null),
                argumentSet("top-level array", "[{\"type\":\"ping\"}]", BAD, null),
                argumentSet("top-level empty array", "[]", BAD, null),
                argumentSet("top-level string", "\"ping\"", BAD, null),
                argumentSet("top-level number", "1", BAD, null),
                argumentSet("top-level true", "true", BAD, null),
                argumentSet("top-level null", "null", BAD, null),
                argumentSet("empty object", "{}", BAD, null),
                argumentSet("missing type keeps id", "{\"id\":\"c1\",\"nick\":\"alice\"}", BAD, "c1"),
                argumentSet("null type", "{\"type\":null,\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("number type", "{\"type\":1,\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("boolean type", "{\"type\":true,\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("array type", "{\"type\":[\"ping\"],\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("object type", "{\"type\":{\"name\":\"ping\"},\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("duplicate type", "{\"type\":\"ping\",\"type\":\"pong\"}", BAD, null),
                argumentSet("duplicate type, same value", "{\"type\":\"ping\",\"type\":\"ping\"}", BAD, null),
                argumentSet("duplicate field", "{\"type\":\"say\",\"room\":\"a\",\"text\":\"x\",\"text\":\"y\"}", BAD, null),
                argumentSet("duplicate id", "{\"type\":\"ping\",\"id\":\"c1\",\"id\":\"c2\"}", BAD, null),
                argumentSet("duplicate unknown field", "{\"type\":\"ping\",\"x\":1,\"x\":2}", BAD, null),
                argumentSet("duplicate nested field", "{\"type\":\"welcome\",\"limits\":{\"burst\":1,\"burst\":2}}", BAD, null),
                argumentSet("nesting one deeper than allowed", "{\"type\":\"ping\",\"x\":" + deep + "}", BAD, null),
                argumentSet("nesting bomb", "{\"type\":\"ping\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", BAD, null),
                argumentSet("unbalanced nesting bomb", "{\"type\":\"ping\",\"x\":" + "{\"a\":".repeat(5_000), BAD, null),
                argumentSet("huge number", "{\"type\":\"ack\",\"n\":" + "9".repeat(1_000) + "}", BAD, null),
                argumentSet("id longer than 64", "{\"type\":\"ping\",\"id\":\"" + "i".repeat(Envelope.MAX_ID_LENGTH + 1) + "\"}", BAD, null),
                argumentSet("number id", "{\"type\":\"ping\",\"id\":7}", BAD, null),
                argumentSet("boolean id", "{\"type\":\"ping\",\"id\":true}", BAD, null),
                argumentSet("array id", "{\"type\":\"ping\",\"id\":[\"c1\"]}", BAD, null),
                argumentSet("object id", "{\"type\":\"ping\",\"id\":{}}", BAD, null),
                argumentSet("lone high surrogate id", "{\"type\":\"ping\",\"id\":\"c\\ud800\"}", BAD, null),
                argumentSet("lone high surrogate in text", "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"\\ud800\",\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("lone low surrogate in text", "{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"\\udc00x\",\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("reversed surrogates in text", "{\"type\":\"say\",\"text\":\"\\ude00\\ud83d\",\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("lone surrogate in a list", "{\"type\":\"joined\",\"members\":[\"a\",\"\\ud83d\"],\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("lone surrogate in a nested object", "{\"type\":\"welcome\",\"rooms\":[{\"name\":\"\\udfff\"}],\"id\":\"c1\"}", BAD, "c1"),
                argumentSet("lone surrogate in a field name", "{\"type\":\"ping\",\"\\ud800\":1}", BAD, null),
                argumentSet("unknown type keeps id", "{\"type\":\"shout\",\"id\":\"c9\"}", UNKNOWN, "c9"),
                argumentSet("unknown type", "{\"type\":\"shout\"}", UNKNOWN, null),
                argumentSet("type is case-sensitive", "{\"type\":\"Ping\"}", UNKNOWN, null),
                argumentSet("empty type", "{\"type\":\"\"}", UNKNOWN, null),
                argumentSet("type with padding", "{\"type\":\" ping\"}", UNKNOWN, null),
                argumentSet("nested record name is not a type", "{\"type\":\"limits\",\"id\":\"c1\"}", UNKNOWN, "c1"));
    }

    /** Every field of every record, each wrong kind of value, with a request id that must survive. */
    static Stream<Arguments> wrongKinds() {
        return Samples.types().stream().flatMap(type -> Arrays.stream(type.getRecordComponents())
                .filter(component -> !component.getName().equals("id"))
                .flatMap(component -> WrongKinds.forComponent(component).stream().map(value -> argumentSet(
                        type.getSimpleName() + "." + component.getName() + " = " + value,
                        "{\"type\":\"" + EnvelopeCodecTest.typeName(type) + "\",\"id\":\"req-7\",\""
                                + component.getName() + "\":" + value + "}"))));
    }

    /** The counter is framing on every type, so its kind is checked on every type. */
    static Stream<Arguments> wrongCounters() {
        return Samples.types().stream().flatMap(type -> Stream.concat(WrongKinds.FOR_INTEGRAL.stream(), WrongKinds.FOR_LONG_ONLY.stream())
                .map(value -> argumentSet(type.getSimpleName() + " n = " + value,
                        "{\"type\":\"" + EnvelopeCodecTest.typeName(type) + "\",\"id\":\"req-7\",\"n\":" + value + "}")));
    }

    @ParameterizedTest
    @MethodSource("malformedBytes")
    void answersBytesThatAreNotUtf8Json(byte[] line, String code, String id) {
        assertMalformed(line, code, id);
    }

    @ParameterizedTest
    @MethodSource("malformedLines")
    void answersMalformedLines(String line, String code, String id) {
        assertMalformed(line.getBytes(UTF_8), code, id);
    }

    @ParameterizedTest
    @MethodSource("wrongKinds")
    void answersFieldOfTheWrongKindKeepingTheId(String line) {
        assertMalformed(line.getBytes(UTF_8), BAD, "req-7");
    }

    @ParameterizedTest
    @MethodSource("wrongCounters")
    void answersCounterOfTheWrongKindKeepingTheId(String line) {
        assertMalformed(line.getBytes(UTF_8), BAD, "req-7");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        // The envelope object is one level, so the field may nest one level less than the limit.
        int depth = EnvelopeCodec.MAX_NESTING_DEPTH - 1;
        String line = "{\"type\":\"ping\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        assertInstanceOf(Decoded.Valid.class, CODEC.decode(line.getBytes(UTF_8)));
    }

    @Test
    void answersStringsLongerThanTheCodecsBound() {
        var small = new EnvelopeCodec(16);
        assertInstanceOf(Decoded.Valid.class, small.decode(ascii("{\"type\":\"say\",\"room\":\"a\",\"text\":\"" + "x".repeat(16) + "\"}")));
        var tooLong = assertInstanceOf(Decoded.Malformed.class, small.decode(ascii("{\"type\":\"say\",\"room\":\"a\",\"text\":\"" + "x".repeat(17) + "\"}")));
        assertEquals(ErrorCode.BAD_REQUEST, tooLong.code());
    }

    static void assertMalformed(byte[] line, String code, String id) {
        var malformed = assertInstanceOf(Decoded.Malformed.class, CODEC.decode(line), () -> new String(line, UTF_8));
        assertEquals(ErrorCode.valueOf(code), malformed.code(), malformed.reason());
        assertEquals(id, malformed.id(), malformed.reason());
        assertFalse(malformed.reason() == null || malformed.reason().isBlank() || malformed.reason().endsWith("null"),
                () -> "reason should say what is wrong: " + malformed.reason());
    }

    private static byte[] say(int... textBytes) {
        return concat(ascii("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"a"), bytes(textBytes), ascii("b\",\"id\":\"c1\"}"));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
