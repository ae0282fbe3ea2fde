package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeCodecTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    /** Plain Jackson, except that it refuses duplicate keys so a second "type" cannot hide. */
    private static final ObjectMapper PLAIN = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern WIRE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    @ParameterizedTest
    @MethodSource("dev.hearth.protocol.Samples#envelopes")
    void roundTripsEveryEnvelope(Class<? extends Envelope> type, Envelope envelope) {
        var valid = assertInstanceOf(Decoded.Valid.class, CODEC.decode(withoutNewline(CODEC.encode(envelope))));
        assertEquals(envelope, valid.envelope());
        assertNull(valid.n(), "no counter unless one is given");
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.protocol.Samples#envelopes")
    void encodesExactlyOneTypeFieldNamingTheRecord(Class<? extends Envelope> type, Envelope envelope) throws Exception {
        String line = new String(CODEC.encode(envelope), UTF_8);
        JsonNode tree = PLAIN.readTree(line);
        assertTrue(tree.isObject());
        assertEquals(typeName(type), tree.get("type").textValue());
        assertEquals(1, occurrences(line, "\"type\""), line);
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.protocol.Samples#envelopes")
    void encodesOneLineEndingInASingleNewline(Class<? extends Envelope> type, Envelope envelope) {
        byte[] line = CODEC.encode(envelope);
        assertEquals('\n', line[line.length - 1]);
        for (int i = 0; i < line.length - 1; i++) {
            assertTrue(line[i] != '\n' && line[i] != '\r', () -> "raw line break inside " + new String(line, UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.protocol.Samples#typesArguments")
    void omitsAbsentFields(Class<? extends Envelope> type) throws Exception {
        Envelope minimal = Samples.of(type, Samples.Variant.MINIMAL);
        var present = new HashSet<String>(Set.of("type"));
        for (var component : type.getRecordComponents()) {
            if (component.getAccessor().invoke(minimal) != null) {
                present.add(component.getName());
            }
        }
        String line = new String(CODEC.encode(minimal), UTF_8);
        var written = new HashSet<String>();
        PLAIN.readTree(line).fieldNames().forEachRemaining(written::add);
        assertEquals(present, written, line);
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.protocol.Samples#envelopes")
    void ignoresUnknownFieldsAnywhereInTheObject(Class<? extends Envelope> type, Envelope envelope) {
        String json = new String(withoutNewline(CODEC.encode(envelope)), UTF_8);
        String future = "\"future\":{\"x\":[1,2]}";
        for (String line : new String[] {
                "{" + future + "," + json.substring(1),
                json.substring(0, json.length() - 1) + "," + future + "}",
                json.substring(0, json.length() - 1) + ",\"later\":null,\"extra\":[\"a\",{\"b\":true}],\"num\":1.5e3}"}) {
            var valid = assertInstanceOf(Decoded.Valid.class, CODEC.decode(line.getBytes(UTF_8)), line);
            assertEquals(envelope, valid.envelope());
        }
    }

    @Test
    void ignoresUnknownFieldsInNestedObjects() {
        String line = "{\"type\":\"welcome\",\"v\":1,\"nick\":\"alice\",\"session\":\"t\",\"rooms\":[{\"name\":\"lobby\",\"members\":3,\"topic\":\"hi\"}],"
                + "\"limits\":{\"maxFrame\":65536,\"future\":{\"x\":[1,2]}}}";
        var welcome = assertInstanceOf(Welcome.class, decodeValid(line).envelope());
        assertEquals(new Welcome.RoomSummary("lobby", 3), welcome.rooms().getFirst());
        assertEquals(new Welcome.Limits(65_536, null, null, null), welcome.limits());
    }

    @Test
    void registersEveryPermittedRecordUnderItsTypeConstant() {
        var registered = new HashMap<Class<?>, String>();
        for (JsonSubTypes.Type t : Envelope.class.getAnnotation(JsonSubTypes.class).value()) {
            assertNull(registered.put(t.value(), t.name()), () -> t.value() + " registered twice");
        }
        var permitted = new HashSet<>(Arrays.asList(Envelope.class.getPermittedSubclasses()));
        assertEquals(permitted, registered.keySet());
        for (Class<?> type : permitted) {
            assertEquals(typeName(type), registered.get(type), type.getSimpleName());
        }
        var expectedTypes = new HashMap<String, Class<?>>();
        permitted.forEach(type -> expectedTypes.put(typeName(type), type));
        assertEquals(expectedTypes, Map.copyOf(EnvelopeCodec.types()), "type names are unique and all known");
    }

    @ParameterizedTest
    @MethodSource("counterCases")
    void encodesTheCounterOnceAndDecodesItBack(Class<? extends Envelope> type, long n) throws Exception {
        Envelope envelope = Samples.of(type, Samples.Variant.FULL);
        byte[] line = CODEC.encode(envelope, n);
        String text = new String(line, UTF_8);
        assertEquals(1, occurrences(text, "\"n\""), text);
        assertEquals(n, PLAIN.readTree(text).get("n").longValue());
        assertTrue(text.endsWith("}\n") && text.indexOf('\n') == text.length() - 1, text);
        assertArrayEquals(line, EnvelopeCodec.withCounter(CODEC.encode(envelope), n));
        var valid = assertInstanceOf(Decoded.Valid.class, CODEC.decode(withoutNewline(line)));
        assertEquals(envelope, valid.envelope());
        assertEquals(n, valid.n());
    }

    static Stream<Arguments> counterCases() {
        // An ack's "n" is its content; the relay never sends one, so it never gets a counter.
        return Samples.types().stream()
                .filter(type -> type != Ack.class)
                .flatMap(type -> LongStream.of(1, 2, 9_007_199_254_740_993L, Long.MAX_VALUE)
                        .mapToObj(n -> argumentSet(type.getSimpleName() + " n=" + n, type, n)));
    }

    @Test
    void refusesToStampACounterOnAnAck() {
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(new Ack(5L, null), 6));
    }

    @Test
    void readsAnAcksOwnN() {
        assertEquals(new Ack(41L, null), decodeValid("{\"type\":\"ack\",\"n\":41}").envelope());
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({
        "2026-11-22T13:00:00Z, 2026-11-22T13:00:00.000Z",
        "2026-11-22T13:00:00.1Z, 2026-11-22T13:00:00.100Z",
        "2026-11-22T13:00:00.12Z, 2026-11-22T13:00:00.120Z",
        "2026-11-22T13:00:00.123Z, 2026-11-22T13:00:00.123Z",
        "2026-11-22T13:00:00.001Z, 2026-11-22T13:00:00.001Z",
        "2026-11-22T13:00:00.999999999Z, 2026-11-22T13:00:00.999Z",
        "1970-01-01T00:00:00Z, 1970-01-01T00:00:00.000Z",
        "2026-11-22T23:59:59.5Z, 2026-11-22T23:59:59.500Z",
    })
    void writesTimestampsInUtcWithExactlyThreeFractionalDigits(Instant instant, String wire) throws Exception {
        assertEquals(wire, Timestamps.format(instant));
        for (Class<? extends Envelope> type : Samples.types()) {
            for (var component : type.getRecordComponents()) {
                if (component.getType() == Instant.class) {
                    String line = new String(CODEC.encode(Samples.withOnly(type, instant)), UTF_8);
                    String ts = PLAIN.readTree(line).get(component.getName()).textValue();
                    assertEquals(wire, ts, line);
                    assertTrue(WIRE_TIME.matcher(ts).matches(), ts);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T13:00:00.123Z", "2026-11-22T13:00:00Z", "2026-11-22T13:00:00.120000Z"})
    void readsIsoUtcTimestamps(String ts) {
        var message = assertInstanceOf(Message.class, decodeValid(
                "{\"type\":\"message\",\"room\":\"lobby\",\"seq\":1,\"from\":\"alice\",\"ts\":\"" + ts + "\"}").envelope());
        assertEquals(Instant.parse(ts), message.ts());
    }

    @Test
    void acceptsTypeAfterOtherFields() {
        assertEquals(new Say("lobby", "hi", "c1"), decodeValid("{\"id\":\"c1\",\"text\":\"hi\",\"room\":\"lobby\",\"type\":\"say\"}").envelope());
    }

    @Test
    void treatsNullFieldsAsAbsent() {
        assertEquals(new Who(null, null, null), decodeValid("{\"type\":\"who\",\"room\":null,\"members\":null,\"id\":null}").envelope());
        assertEquals(new Dm(null, "bob", "hi", null, null),
                decodeValid("{\"type\":\"dm\",\"from\":null,\"to\":\"bob\",\"text\":\"hi\",\"ts\":null}").envelope());
        var required = assertInstanceOf(Decoded.Malformed.class,
                CODEC.decode("{\"type\":\"mute\",\"room\":\"lobby\",\"on\":null}".getBytes(UTF_8)));
        assertEquals("bad \"mute\": \"mute\" needs \"on\": true or false", required.reason(), "a required null is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {" {\"type\":\"ping\"}", "{\"type\":\"ping\"} ", "\t{ \"type\" : \"ping\" }\r", "{\"type\":\"ping\"}\r"})
    void allowsJsonWhitespaceAroundTheObject(String line) {
        assertEquals(new Ping(null), decodeValid(line).envelope());
    }

    @Test
    void acceptsAnIdOfExactlyTheMaximumLength() {
        String id = "i".repeat(Envelope.MAX_ID_LENGTH);
        assertEquals(new Ping(id), decodeValid("{\"type\":\"ping\",\"id\":\"" + id + "\"}").envelope());
    }

    @Test
    void refusesToBuildAnEnvelopeWithAnOverlongId() {
        assertThrows(IllegalArgumentException.class, () -> new Ping("i".repeat(Envelope.MAX_ID_LENGTH + 1)));
    }

    @Test
    void keepsSecretsOutOfToString() {
        String hello = Hello.resume("token-secret", 3, "pw-secret", "hearth-fx/1.0").toString();
        String welcome = new Welcome(1, "alice", "token-secret", null, null, null, null, null, null).toString();
        String say = new Say("lobby", "text-secret", "c1").toString();
        for (String s : new String[] {hello, welcome, say}) {
            assertFalse(s.contains("secret"), s);
        }
    }

    static String typeName(Class<?> type) {
        try {
            return (String) type.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " has no public TYPE constant", e);
        }
    }

    static byte[] withoutNewline(byte[] line) {
        return Arrays.copyOf(line, line.length - 1);
    }

    private static Decoded.Valid decodeValid(String line) {
        return assertInstanceOf(Decoded.Valid.class, CODEC.decode(line.getBytes(UTF_8)), line);
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
