package dev.hearth.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Encodes envelopes as NDJSON lines and decodes lines strictly: a line that is not UTF-8, not
 * JSON, not an object, without a string {@code type}, or with a field of the wrong kind becomes a
 * {@link Decoded.Malformed} value, never an exception. Unknown fields are ignored.
 *
 * <p>Thread-safe: the underlying mapper is immutable once built.
 */
public final class EnvelopeCodec {
    /** Deep enough for every v1 envelope with room to grow; stops nesting bombs early. */
    public static final int MAX_NESTING_DEPTH = 16;

    private final JsonMapper mapper;

    /** A codec whose strings may be as long as a default frame. */
    public EnvelopeCodec() {
        this(ProtocolDefaults.MAX_FRAME_BYTES);
    }

    /** @param maxStringLength the longest JSON string accepted, in chars; a frame's size is the natural bound */
    public EnvelopeCodec(int maxStringLength) {
        this.mapper = strictMapper(maxStringLength);
    }

    /** Every type name this codec knows, mapped to its record. */
    public static Map<String, Class<? extends Envelope>> types() {
        return Types.BY_NAME;
    }

    /**
     * Read from {@link Envelope}'s annotation when first asked, which is when the first line is
     * decoded: reading its dozens of entries cost the relay's start about 30 ms
     * (docs/performance.md, "Start-up").
     */
    private static final class Types {
        static final Map<String, Class<? extends Envelope>> BY_NAME = Arrays
                .stream(Envelope.class.getAnnotation(JsonSubTypes.class).value())
                .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::name,
                        t -> t.value().asSubclass(Envelope.class)));
    }

    /** One line: the envelope's JSON and a newline. */
    public byte[] encode(Envelope envelope) {
        try {
            byte[] json = mapper.writeValueAsBytes(envelope);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + envelope.getClass().getSimpleName(), e);
        }
    }

    /**
     * One line carrying the relay's per-session counter {@code "n"} as its last field.
     *
     * @throws IllegalArgumentException for an {@link Ack}, whose own {@code "n"} would be duplicated
     */
    public byte[] encode(Envelope envelope, long n) {
        if (envelope instanceof Ack) {
            throw new IllegalArgumentException("an ack's \"n\" is what it acknowledges; acks never carry a counter");
        }
        return withCounter(encode(envelope), n);
    }

    /**
     * Adds {@code "n"} to an already encoded line, so a room message is serialised once and then
     * stamped per recipient.
     */
    public static byte[] withCounter(byte[] line, long n) {
        byte[] suffix = (",\"n\":" + n + "}\n").getBytes(StandardCharsets.US_ASCII);
        int body = line.length - 2; // drop the closing '}' and the newline
        byte[] out = Arrays.copyOf(line, body + suffix.length);
        System.arraycopy(suffix, 0, out, body, suffix.length);
        return out;
    }

    /** Decodes one line (without its newline). Never throws for bad input. */
    public Decoded decode(byte[] line) {
        String text;
        try {
            text = StrictUtf8.decode(line);
        } catch (CharacterCodingException e) {
            return malformed("the line is not valid UTF-8", null);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return malformed("the line is not valid JSON: " + firstLine(e.getOriginalMessage()), null);
        }
        if (tree == null || !tree.isObject()) {
            return malformed("an envelope must be a JSON object", null);
        }
        JsonNode idNode = tree.get("id");
        String id = null;
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual() || !Ids.fits(idNode.textValue())) {
                return malformed("\"id\" must be a string of at most " + Envelope.MAX_ID_LENGTH + " characters", null);
            }
            // Echoing it would send a line the peer must in turn reject.
            if (hasLoneSurrogate(idNode.textValue())) {
                return malformed("\"id\" holds an unpaired UTF-16 surrogate", null);
            }
            id = idNode.textValue();
        }
        JsonNode typeNode = tree.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            return malformed("an envelope needs a string \"type\"", id);
        }
        if (!types().containsKey(typeNode.textValue())) {
            return new Decoded.Malformed(ErrorCode.UNKNOWN_TYPE,
                    "unknown type \"" + abbreviate(typeNode.textValue()) + "\"", id);
        }
        if (holdsLoneSurrogate(tree)) {
            return malformed("a string holds an unpaired UTF-16 surrogate", id);
        }
        Long n = null;
        JsonNode nNode = tree.get("n");
        if (nNode != null && !nNode.isNull()) {
            if (!nNode.isIntegralNumber() || !nNode.canConvertToLong()) {
                return malformed("\"n\" must be an integer", id);
            }
            n = nNode.longValue();
        }
        Envelope envelope;
        try {
            envelope = mapper.treeToValue(tree, Envelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return malformed("bad \"" + typeNode.textValue() + "\": " + describe(e), id);
        }
        // An ack's "n" is the counter it acknowledges, not a counter on the ack itself.
        return new Decoded.Valid(envelope, envelope instanceof Ack ? null : n, id);
    }

    private static Decoded.Malformed malformed(String reason, String id) {
        return new Decoded.Malformed(ErrorCode.BAD_REQUEST, reason, id);
    }

    private static String describe(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException vie && vie.getCause() != null) {
            // List.copyOf in a record's constructor refuses null elements with a message-less NullPointerException.
            String why = vie.getCause().getMessage();
            return why != null ? why : "a null where a value is required, such as inside a list";
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jme.getPath().getLast().getFieldName();
            if (field != null) {
                return "field \"" + field + "\" has the wrong kind of value";
            }
        }
        return e instanceof JsonProcessingException jpe ? firstLine(jpe.getOriginalMessage()) : firstLine(e.getMessage());
    }

    /** True when some string in the tree cannot be encoded again (a lone UTF-16 surrogate). */
    private static boolean holdsLoneSurrogate(JsonNode node) {
        if (node.isTextual()) {
            return hasLoneSurrogate(node.textValue());
        }
        for (JsonNode child : node) {
            if (holdsLoneSurrogate(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return abbreviate(newline < 0 ? message : message.substring(0, newline));
    }

    /**
     * Shortens a reason to 80 code points and replaces unpaired surrogates, so the error that
     * carries it can always be encoded and decoded again.
     */
    private static String abbreviate(String s) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length() && count < 80; count++) {
            int cp = s.codePointAt(i);
            out.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return out.length() < s.length() && count == 80 ? out + "…" : out.toString();
    }

    /** Parse buffers kept for reuse, shared by every thread that encodes or decodes. */
    private static final int RECYCLED_BUFFERS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private static JsonMapper strictMapper(int maxStringLength) {
        var constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(maxStringLength)
                .maxNumberLength(32)
                .maxNameLength(256)
                .build();
        var factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(constraints)
                // Jackson's default keeps its parse buffers per thread: with a virtual thread per
                // connection that was about 24 KB held by every idle connection. A small shared
                // pool serves them all: a line is parsed without blocking, so no more are in use
                // at once than there are carrier threads.
                .recyclerPool(JsonRecyclerPools.newBoundedPool(RECYCLED_BUFFERS))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        // Only the natural JSON shape binds to each kind of field: "on":"true", "v":"1", "nick":7 are all refused.
        Map<LogicalType, CoercionInputShape> naturalShape = Map.of(
                LogicalType.Textual, CoercionInputShape.String,
                LogicalType.Boolean, CoercionInputShape.Boolean,
                LogicalType.Integer, CoercionInputShape.Integer,
                LogicalType.Float, CoercionInputShape.Float,
                LogicalType.DateTime, CoercionInputShape.String,
                LogicalType.Collection, CoercionInputShape.Array,
                LogicalType.Map, CoercionInputShape.Object,
                LogicalType.POJO, CoercionInputShape.Object);
        var builder = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Emoji and other astral characters as 4 UTF-8 bytes, not 12 bytes of \uD83D\uDE00 escapes.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        naturalShape.forEach((type, natural) -> builder.withCoercionConfig(type, config -> {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (shape != natural) {
                    config.setCoercion(shape, CoercionAction.Fail);
                }
            }
        }));
        return builder.build();
    }
}
