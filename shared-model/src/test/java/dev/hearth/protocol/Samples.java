package dev.hearth.protocol;

import static java.util.Map.entry;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Instances of every permitted envelope record, built from its components so a record added later
 * is covered without touching the tests. An unknown component type fails loudly: give it samples
 * here and wrong kinds in {@link WrongKinds}. Where a record's own rules refuse the generic values
 * (a required field, "exactly one of"), the tables below say what to use instead.
 */
final class Samples {
    /** Escapes, a raw-newline trap, non-ASCII, an astral code point and a JSON-significant U+2028. */
    static final String TRICKY_TEXT = "line one\nline two\r\t\"quoted\" \\ é 小明 😀 \u2028 </script>";
    static final Instant TS = Instant.parse("2026-11-22T13:00:00.120Z");

    /** FULL and EDGE fill every component the record's rules allow; MINIMAL only what they require. */
    enum Variant { FULL, EDGE, MINIMAL }

    /** Marks a component a variant must leave out, because the record allows only one of two. */
    private static final Object ABSENT = new Object();

    /** The smallest valid record of each type, by "Record.component"; every other component is absent. */
    private static final Map<String, Object> REQUIRED = Map.ofEntries(
            entry("Hello.v", Hello.VERSION), entry("Hello.nick", "alice"),
            entry("Welcome.v", Hello.VERSION), entry("Welcome.nick", "alice"), entry("Welcome.session", "token"),
            entry("Join.room", "lobby"),
            entry("Joined.room", "lobby"), entry("Joined.members", List.of()),
            entry("Leave.room", "lobby"),
            entry("Left.room", "lobby"),
            entry("Say.room", "lobby"), entry("Say.text", "hi"),
            entry("Message.room", "lobby"), entry("Message.seq", 0L), entry("Message.ts", TS), entry("Message.from", "alice"),
            entry("Mute.room", "lobby"), entry("Mute.on", false),
            entry("Muted.room", "lobby"), entry("Muted.on", false),
            entry("Typing.to", "bob"), entry("Typing.on", false),
            entry("Dm.to", "bob"), entry("Dm.text", "hi"),
            entry("Ignore.nick", "mallory"), entry("Ignore.on", false),
            entry("Ignored.nick", "mallory"), entry("Ignored.on", false),
            entry("Nick.nick", "alice"),
            entry("Presence.room", "lobby"), entry("Presence.nick", "alice"), entry("Presence.event", Presence.JOIN),
            entry("Presence.ts", TS),
            entry("Ack.n", 0L),
            entry("ErrorReply.code", "bad-request"), entry("ErrorReply.message", "why"),
            entry("React.mid", "m1"), entry("React.emoji", "👍"), entry("React.on", false),
            entry("Reaction.mid", "m1"), entry("Reaction.from", "bob"), entry("Reaction.emoji", "👍"),
            entry("Reaction.on", false), entry("Reaction.ts", TS),
            entry("Edit.mid", "m1"), entry("Edit.text", "hi"),
            entry("Edited.mid", "m1"), entry("Edited.from", "alice"), entry("Edited.text", "hi"), entry("Edited.ts", TS),
            entry("Delete.mid", "m1"),
            entry("Deleted.mid", "m1"), entry("Deleted.from", "alice"), entry("Deleted.ts", TS),
            entry("FileOffer.room", "lobby"), entry("FileOffer.name", "cat.jpg"), entry("FileOffer.mime", "image/jpeg"),
            entry("FileOffer.size", 1L), entry("FileOffer.sha256", "0".repeat(64)),
            entry("FileReady.blob", "b1"),
            entry("Chunk.blob", "b1"), entry("Chunk.i", 0L), entry("Chunk.data", ""),
            entry("Fetch.blob", "b1"), entry("Fetch.from", 0L), entry("Fetch.max", 1L),
            entry("Fetched.blob", "b1"));

    static final String FULL_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String THUMB = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    static final String EDGE_THUMB = java.util.Base64.getEncoder().encodeToString(new byte[ProtocolDefaults.MAX_THUMB_BYTES]);

    /** Values for the file shapes' rules, which the generic strings and numbers break. */
    private static final Map<String, Object> FULL_FILE = Map.of(
            "FileOffer.name", "cat 小明 😀.jpg", "FileOffer.mime", "image/jpeg", "FileOffer.sha256", FULL_SHA,
            "FileOffer.thumb", THUMB, "Fetch.from", 3L * ProtocolDefaults.CHUNK_BYTES,
            "Fetch.max", (long) ProtocolDefaults.MAX_FETCH_BYTES);
    private static final Map<String, Object> EDGE_FILE = Map.of(
            "FileOffer.name", "x".repeat(FileRules.MAX_NAME_CODE_POINTS),
            "FileOffer.mime", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "FileOffer.sha256", FULL_SHA.toUpperCase(java.util.Locale.ROOT), "FileOffer.thumb", EDGE_THUMB,
            "Fetch.from", Long.MAX_VALUE - Long.MAX_VALUE % ProtocolDefaults.CHUNK_BYTES, "Fetch.max", 1L);

    /** FULL has a typing in a room, EDGE one to a nick: a typing may not name both. */
    private static final Map<String, Object> FULL_INSTEAD = withFile(Map.of("Typing.to", ABSENT, "FileOffer.to", ABSENT), true);

    /** The generic edge string is empty, which say and dm text may not be; one space is the shortest text. */
    private static final Map<String, Object> EDGE_INSTEAD = withFile(Map.of("Typing.room", ABSENT, "Say.text", " ",
            "Dm.text", " ", "Edit.text", " ", "FileOffer.room", ABSENT), false);

    private static Map<String, Object> withFile(Map<String, Object> table, boolean full) {
        Map<String, Object> all = new java.util.HashMap<>(table);
        all.putAll(full ? FULL_FILE : EDGE_FILE);
        return Map.copyOf(all);
    }

    /** Message ids and reactions have shapes of their own; the generic strings break them. */
    static final String FULL_MID = "Zz09_-";
    static final String EDGE_MID = "m".repeat(MessageIds.MAX_LENGTH);
    static final String FULL_EMOJI = "👩‍👩‍👧‍👦";
    static final String EDGE_EMOJI = "好";

    private Samples() {}

    static List<Class<? extends Envelope>> types() {
        return Arrays.stream(Envelope.class.getPermittedSubclasses())
                .<Class<? extends Envelope>>map(c -> c.asSubclass(Envelope.class))
                .toList();
    }

    /** One argument set per record type and variant: (record class, envelope). */
    static Stream<Arguments> envelopes() {
        return types().stream().flatMap(type -> Arrays.stream(Variant.values())
                .map(variant -> argumentSet(type.getSimpleName() + " " + variant, type, of(type, variant))));
    }

    static Stream<Arguments> typesArguments() {
        return types().stream().map(type -> argumentSet(type.getSimpleName(), type));
    }

    static Envelope of(Class<? extends Envelope> type, Variant variant) {
        return build(type, component -> switch (variant) {
            case MINIMAL -> required(type, component);
            case FULL -> instead(FULL_INSTEAD, type, component, value(component, false));
            case EDGE -> instead(EDGE_INSTEAD, type, component, value(component, true));
        });
    }

    /** The smallest valid record with {@code value} in every component of its type. */
    static Envelope withOnly(Class<? extends Envelope> type, Object value) {
        return build(type, component -> component.getType().isInstance(value) ? value : required(type, component));
    }

    private static Object required(Class<?> type, RecordComponent component) {
        return REQUIRED.get(type.getSimpleName() + "." + component.getName());
    }

    private static Object instead(Map<String, Object> table, Class<?> type, RecordComponent component, Object generic) {
        Object value = table.getOrDefault(type.getSimpleName() + "." + component.getName(), generic);
        return value == ABSENT ? null : value;
    }

    private static Envelope build(Class<? extends Envelope> type, Function<RecordComponent, Object> valueOf) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            values[i] = valueOf.apply(components[i]);
        }
        try {
            return type.getDeclaredConstructor(parameterTypes).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build " + type.getSimpleName(), e);
        }
    }

    /** Emoji in the order first reacted with, each with its nicks in order: the order must survive a round trip. */
    private static Map<String, List<String>> reactions() {
        Map<String, List<String>> reactions = new java.util.LinkedHashMap<>();
        reactions.put("😀", List.of("bob", "alice"));
        reactions.put("👍", List.of("小明"));
        reactions.put(FULL_EMOJI, List.of("carol", "bob"));
        return reactions;
    }

    private static Object value(RecordComponent component, boolean edge) {
        if (component.getName().equals("id")) {
            return edge ? "x".repeat(Envelope.MAX_ID_LENGTH) : "req-1 é😀";
        }
        if (component.getName().equals("mid") || component.getName().equals("reply")) {
            return edge ? EDGE_MID : FULL_MID;
        }
        if (component.getName().equals("emoji")) {
            return edge ? EDGE_EMOJI : FULL_EMOJI;
        }
        Type generic = component.getGenericType();
        if (generic == String.class) {
            return edge ? "" : TRICKY_TEXT;
        } else if (generic == Integer.class) {
            return edge ? Integer.MAX_VALUE : 7;
        } else if (generic == Long.class) {
            // Above 2^53: must survive without a detour through double.
            return edge ? Long.MAX_VALUE : 9_007_199_254_740_993L;
        } else if (generic == Boolean.class) {
            return !edge;
        } else if (generic == Instant.class) {
            return edge ? Instant.parse("1970-01-01T00:00:00Z") : TS;
        } else if (generic == Welcome.Limits.class) {
            return edge ? new Welcome.Limits(0, 0, 0, 0, 0L, 0) : new Welcome.Limits(65_536, 4_000, 5, 20, 33_554_432L, 32_768);
        } else if (generic == FileInfo.class) {
            return edge ? new FileInfo("", "x".repeat(FileRules.MAX_NAME_CODE_POINTS), "a/b", Long.MAX_VALUE,
                    FULL_SHA.toUpperCase(java.util.Locale.ROOT), null)
                    : new FileInfo("b1", "cat 小明 😀.jpg", "image/jpeg", 123_456L, FULL_SHA, THUMB);
        } else if (generic instanceof ParameterizedType map && map.getRawType() == Map.class) {
            return edge ? Map.of() : reactions();
        } else if (generic instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            if (element == String.class) {
                return edge ? List.of() : List.of("alice", "小明", "😀");
            } else if (element == Welcome.RoomSummary.class) {
                return edge ? List.of() : List.of(new Welcome.RoomSummary("lobby", 3), new Welcome.RoomSummary("小明", 0));
            }
        }
        throw new AssertionError("no sample for " + component + ": add one to Samples and WrongKinds");
    }
}
