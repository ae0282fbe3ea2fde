package dev.hearth.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decode must turn any line into a value: the reader thread that calls it has no other way to
 * answer bad input and keep the connection. Seeded, so a failure is reproducible.
 */
class EnvelopeCodecFuzzTest {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final long SEED = 0x4EA27L;
    private static final int ROUNDS = 4_000;
    /** Fragments that steer mutations towards the parser's and binder's edge cases. */
    private static final List<String> TOKENS = List.of(
            "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\\udc00", "\\u0000", "null", "true",
            "1e999", "-0", "1.0", "99999999999999999999", "\"type\":\"ping\"", "\"type\":", "\"id\":",
            "\"n\":", "\"ts\":\"2026-11-22T13:00:00.123Z\"", "小", "😀", "\u2028", "\r", "\t", " ");

    @Test
    void turnsRandomBytesIntoValues() {
        var random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] line = new byte[random.nextInt(200)];
            random.nextBytes(line);
            check(line);
        }
    }

    @Test
    void turnsMutatedValidLinesIntoSendableValues() {
        var random = new Random(SEED + 1);
        List<byte[]> seeds = validLines();
        for (int round = 0; round < ROUNDS; round++) {
            byte[] line = seeds.get(random.nextInt(seeds.size()));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                line = mutate(line, random);
            }
            check(line);
        }
    }

    private static void check(byte[] line) {
        Decoded decoded;
        try {
            decoded = CODEC.decode(line);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decode threw on " + HexFormat.of().formatHex(line), e);
        }
        assertNotNull(decoded);
        switch (decoded) {
            case Decoded.Valid valid -> {
                // What decodes can be sent on: the relay echoes and forwards decoded envelopes.
                byte[] again = CODEC.encode(valid.envelope());
                assertInstanceOf(Decoded.Valid.class, CODEC.decode(Arrays.copyOf(again, again.length - 1)),
                        () -> new String(again, UTF_8));
            }
            case Decoded.Malformed malformed -> {
                assertTrue(malformed.code() == ErrorCode.BAD_REQUEST || malformed.code() == ErrorCode.UNKNOWN_TYPE);
                assertTrue(malformed.reason() != null && !malformed.reason().isBlank());
                if (malformed.id() != null) {
                    // The id is echoed in the error: it must itself be sendable.
                    assertTrue(malformed.id().codePointCount(0, malformed.id().length()) <= Envelope.MAX_ID_LENGTH);
                    byte[] reply = CODEC.encode(ErrorReply.of(malformed.code(), malformed.reason(), malformed.id()));
                    var echoed = assertInstanceOf(Decoded.Valid.class, CODEC.decode(Arrays.copyOf(reply, reply.length - 1)));
                    assertEquals(malformed.id(), echoed.envelope().id());
                }
            }
        }
    }

    private static List<byte[]> validLines() {
        var lines = new ArrayList<byte[]>();
        for (var type : Samples.types()) {
            for (var variant : Samples.Variant.values()) {
                byte[] line = CODEC.encode(Samples.of(type, variant));
                lines.add(Arrays.copyOf(line, line.length - 1));
            }
        }
        if (lines.isEmpty()) {
            fail("no seed lines");
        }
        return lines;
    }

    private static byte[] mutate(byte[] line, Random random) {
        int at = line.length == 0 ? 0 : random.nextInt(line.length);
        return switch (random.nextInt(5)) {
            case 0 -> { // flip a byte
                byte[] out = line.clone();
                if (out.length > 0) {
                    out[at] = (byte) random.nextInt(256);
                }
                yield out;
            }
            case 1 -> splice(line, at, at + Math.min(line.length - at, 1 + random.nextInt(4)), new byte[0]);
            case 2 -> splice(line, at, at, new byte[] {(byte) random.nextInt(256)});
            case 3 -> splice(line, at, at, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(UTF_8));
            default -> { // duplicate a slice, e.g. a whole field
                int end = at + random.nextInt(line.length - at + 1);
                yield splice(line, end, end, Arrays.copyOfRange(line, at, end));
            }
        };
    }

    private static byte[] splice(byte[] line, int from, int to, byte[] insert) {
        byte[] out = new byte[line.length - (to - from) + insert.length];
        System.arraycopy(line, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(line, to, out, from + insert.length, line.length - to);
        return out;
    }
}
