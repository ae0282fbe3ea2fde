package dev.hearth.relay.bench;

import java.nio.charset.StandardCharsets;

/**
 * Reads the few fields the load tool needs straight from a relay line's bytes. A million lines a
 * second must not cost the load tool a JSON tree each, or it, not the relay, would be measured.
 * The relay writes compact JSON (no spaces), and the fields read here are never inside a string
 * the tool did not write itself.
 */
final class LineScan {

    private LineScan() {
    }

    /** The string value of {@code "name":"…"}, or null; escapes are not expected in the fields read. */
    static String string(byte[] line, String name) {
        int at = valueStart(line, name);
        if (at < 0 || at >= line.length || line[at] != '"') {
            return null;
        }
        int end = at + 1;
        while (end < line.length && line[end] != '"') {
            end++;
        }
        return new String(line, at + 1, end - at - 1, StandardCharsets.UTF_8);
    }

    /** The non-negative integer value of {@code "name":123}, or -1. */
    static long number(byte[] line, String name) {
        int at = valueStart(line, name);
        if (at < 0) {
            return -1;
        }
        long value = 0;
        int digits = 0;
        for (int i = at; i < line.length && line[i] >= '0' && line[i] <= '9'; i++, digits++) {
            value = value * 10 + (line[i] - '0');
        }
        return digits == 0 ? -1 : value;
    }

    /** Whether the line is of this type; the relay writes {@code "type"} first. */
    static boolean isType(byte[] line, byte[] typePrefix) {
        if (line.length < typePrefix.length) {
            return false;
        }
        for (int i = 0; i < typePrefix.length; i++) {
            if (line[i] != typePrefix[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] typePrefix(String type) {
        return ("{\"type\":\"" + type + "\"").getBytes(StandardCharsets.US_ASCII);
    }

    /** Where the value of {@code "name":} starts, or -1; the last occurrence wins (the counter comes last). */
    private static int valueStart(byte[] line, String name) {
        byte[] key = ("\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = line.length - key.length; i >= 0; i--) {
            for (int j = 0; j < key.length; j++) {
                if (line[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i + key.length;
        }
        return -1;
    }
}
