package dev.hearth.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {
    /** Copied from the contract's "Errors" section. */
    private static final Set<String> CONTRACT_CODES = Set.of(
            "bad-request", "frame-too-large", "unknown-type", "not-logged-in", "unsupported-version",
            "auth-failed", "throttled", "nick-invalid", "nick-taken", "room-invalid", "not-in-room",
            "no-such-nick", "text-too-long", "rate-limited", "relay-full", "too-many-connections",
            "resume-failed", "shutting-down");
    /** Copied from protocol-v1.1.md, "Compatibility": none of them is fatal. */
    private static final Set<String> CONTRACT_1_1_CODES = Set.of(
            "no-such-message", "not-yours", "file-too-large", "files-full", "upload-failed", "no-such-file");
    /** Ours, where the contract lets the relay choose (docs/protocol.md says when each is sent). */
    private static final Set<String> RELAY_CODES = Set.of("too-many-rooms");

    @Test
    void coversExactlyTheContractsCodesAndTheRelaysOwn() {
        Set<String> wire = Arrays.stream(ErrorCode.values()).map(ErrorCode::wire).collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>(CONTRACT_CODES);
        expected.addAll(CONTRACT_1_1_CODES);
        expected.addAll(RELAY_CODES);
        assertEquals(expected, wire);
        CONTRACT_1_1_CODES.forEach(code -> assertTrue(!ErrorCode.fromWire(code).orElseThrow().fatal(), code));
        assertEquals(ErrorCode.values().length, wire.size(), "wire strings are unique");
    }

    @ParameterizedTest(name = "{0} fatal={1}")
    @CsvSource({
        "frame-too-large, true",
        "unsupported-version, true",
        "auth-failed, true",
        "throttled, true",
        "relay-full, true",
        "too-many-connections, true",
        "shutting-down, true",
        "bad-request, false",
        "unknown-type, false",
        "not-logged-in, false",
        "nick-invalid, false",
        "nick-taken, false",
        "room-invalid, false",
        "not-in-room, false",
        "no-such-nick, false",
        "text-too-long, false",
        "rate-limited, false",
        "resume-failed, false",
    })
    void closesTheConnectionExactlyAfterFatalCodes(String wire, boolean fatal) {
        assertEquals(fatal, ErrorCode.fromWire(wire).orElseThrow().fatal());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void fromWireRoundTrips(ErrorCode code) {
        assertEquals(Optional.of(code), ErrorCode.fromWire(code.wire()));
        assertTrue(code.wire().matches("[a-z]+(-[a-z]+)*"), code.wire());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void errorReplyCarriesWireStringAndFatalFlag(ErrorCode code) {
        var reply = ErrorReply.of(code, "why", "c1");
        assertEquals(code.wire(), reply.code());
        assertEquals(code.fatal(), reply.fatal());
        assertEquals("c1", reply.id());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"no-such-code", "BAD-REQUEST", "bad_request", "BAD_REQUEST", " bad-request", "bad-request "})
    void unknownWireStringsGiveEmpty(String wire) {
        assertEquals(Optional.empty(), ErrorCode.fromWire(wire));
    }
}
