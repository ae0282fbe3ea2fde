package dev.hearth.protocol;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;

/** JSON values of the wrong kind for each kind of field: the contract answers them with bad-request. */
final class WrongKinds {
    static final List<String> FOR_STRING = List.of(
            "7", "-1.5", "0", "true", "false", "[]", "[\"x\"]", "{}", "{\"x\":\"y\"}");
    static final List<String> FOR_BOOLEAN = List.of(
            "\"true\"", "\"false\"", "\"\"", "1", "0", "1.0", "[]", "[true]", "{}");
    static final List<String> FOR_INTEGRAL = List.of(
            "\"1\"", "\"\"", "1.0", "1.5", "-0.5", "1e0", "1E2", "true", "[]", "[1]", "{}", "{\"value\":1}");
    static final List<String> FOR_INT_ONLY = List.of("2147483648", "-2147483649", "99999999999");
    static final List<String> FOR_LONG_ONLY = List.of("9223372036854775808", "-9223372036854775809");
    static final List<String> FOR_INSTANT = List.of(
            "5", "1.5", "true", "[]", "[\"2026-11-22T13:00:00.000Z\"]", "{}", "\"\"", "\"yesterday\"",
            "\"2026-13-01T00:00:00.000Z\"", "\"2026-11-22 13:00:00\"");
    static final List<String> FOR_STRING_LIST = List.of(
            "\"alice\"", "5", "true", "{}", "{\"0\":\"alice\"}", "[1]", "[true]", "[1.5]", "[[]]", "[{}]",
            "[null]", "[\"alice\",null]");
    static final List<String> FOR_ROOM_LIST = List.of(
            "\"lobby\"", "5", "{}", "{\"name\":\"lobby\"}", "[\"lobby\"]", "[5]", "[true]", "[null]", "[[]]",
            "[{\"name\":5}]", "[{\"name\":[\"lobby\"]}]", "[{\"name\":\"a\",\"members\":\"3\"}]",
            "[{\"members\":1.5}]", "[{\"name\":\"a\"},null]");
    static final List<String> FOR_LIMITS = List.of(
            "\"none\"", "5", "true", "[]", "[{}]", "{\"maxFrame\":\"65536\"}", "{\"maxText\":40.5}",
            "{\"ratePerSecond\":true}", "{\"burst\":[20]}", "{\"burst\":{}}", "{\"maxFrame\":2147483648}",
            "{\"maxFile\":\"0\"}", "{\"chunk\":1.5}");

    static final List<String> FOR_REACTIONS = List.of(
            "\"👍\"", "5", "true", "[]", "[\"👍\"]", "{\"👍\":\"alice\"}", "{\"👍\":[1]}", "{\"👍\":null}",
            "{\"👍\":[null]}", "{\"👍\":{}}", "{\"👍\":[[\"alice\"]]}");

    private static final String FILE_FIELDS = "\"name\":\"a\",\"mime\":\"a/b\",\"sha256\":\"" + "0".repeat(64) + "\"";
    static final List<String> FOR_FILE = List.of(
            "\"cat.jpg\"", "5", "true", "[]", "[{}]", "{\"blob\":5,\"size\":1," + FILE_FIELDS + "}",
            "{\"blob\":\"b\",\"size\":\"1\"," + FILE_FIELDS + "}", "{\"blob\":\"b\",\"size\":1.5," + FILE_FIELDS + "}",
            "{\"blob\":[\"b\"],\"size\":1," + FILE_FIELDS + "}");

    private WrongKinds() {}

    static List<String> forComponent(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic == String.class) {
            return FOR_STRING;
        } else if (generic == Boolean.class) {
            return FOR_BOOLEAN;
        } else if (generic == Integer.class) {
            return concat(FOR_INTEGRAL, FOR_INT_ONLY);
        } else if (generic == Long.class) {
            return concat(FOR_INTEGRAL, FOR_LONG_ONLY);
        } else if (generic == Instant.class) {
            return FOR_INSTANT;
        } else if (generic == Welcome.Limits.class) {
            return FOR_LIMITS;
        } else if (generic == FileInfo.class) {
            return FOR_FILE;
        } else if (generic instanceof ParameterizedType map && map.getRawType() == java.util.Map.class) {
            return FOR_REACTIONS;
        } else if (generic instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            if (element == String.class) {
                return FOR_STRING_LIST;
            } else if (element == Welcome.RoomSummary.class) {
                return FOR_ROOM_LIST;
            }
        }
        throw new AssertionError("no wrong kinds for " + component + ": add them to WrongKinds");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
