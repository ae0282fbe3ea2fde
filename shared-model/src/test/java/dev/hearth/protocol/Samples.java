package dev.hearth.protocol;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Instances of every permitted envelope record, built from its components so a record added later
 * is covered without touching the tests. An unknown component type fails loudly: give it samples
 * here and wrong kinds in {@link WrongKinds}.
 */
final class Samples {
    /** Escapes, a raw-newline trap, non-ASCII, an astral code point and a JSON-significant U+2028. */
    static final String TRICKY_TEXT = "line one\nline two\r\t\"quoted\" \\ é 小明 😀 \u2028 </script>";
    static final Instant TS = Instant.parse("2026-11-22T13:00:00.120Z");

    enum Variant { FULL, EDGE, MINIMAL }

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
        return build(type, component -> variant == Variant.MINIMAL ? null : value(component, variant == Variant.EDGE));
    }

    /** The record with {@code value} in every component of its type and nothing else. */
    static Envelope withOnly(Class<? extends Envelope> type, Object value) {
        return build(type, component -> component.getType().isInstance(value) ? value : null);
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

    private static Object value(RecordComponent component, boolean edge) {
        if (component.getName().equals("id")) {
            return edge ? "x".repeat(Envelope.MAX_ID_LENGTH) : "req-1 é😀";
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
            return edge ? new Welcome.Limits(0, 0, 0, 0) : new Welcome.Limits(65_536, 4_000, 5, 20);
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
