package dev.hearth.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The error codes of protocol v1 and 1.1, and whether the relay closes the connection after each. */
public enum ErrorCode {
    BAD_REQUEST("bad-request", false),
    FRAME_TOO_LARGE("frame-too-large", true),
    UNKNOWN_TYPE("unknown-type", false),
    NOT_LOGGED_IN("not-logged-in", false),
    UNSUPPORTED_VERSION("unsupported-version", true),
    AUTH_FAILED("auth-failed", true),
    THROTTLED("throttled", true),
    NICK_INVALID("nick-invalid", false),
    NICK_TAKEN("nick-taken", false),
    ROOM_INVALID("room-invalid", false),
    NOT_IN_ROOM("not-in-room", false),
    /** Not in the contract's list: a join over the relay's room caps (its own or the relay's). */
    TOO_MANY_ROOMS("too-many-rooms", false),
    NO_SUCH_NICK("no-such-nick", false),
    TEXT_TOO_LONG("text-too-long", false),
    RATE_LIMITED("rate-limited", false),
    RELAY_FULL("relay-full", true),
    TOO_MANY_CONNECTIONS("too-many-connections", true),
    RESUME_FAILED("resume-failed", false),
    SHUTTING_DOWN("shutting-down", true),
    // Protocol 1.1
    NO_SUCH_MESSAGE("no-such-message", false),
    NOT_YOURS("not-yours", false),
    FILE_TOO_LARGE("file-too-large", false),
    FILES_FULL("files-full", false),
    UPLOAD_FAILED("upload-failed", false),
    NO_SUCH_FILE("no-such-file", false);

    private static final Map<String, ErrorCode> BY_WIRE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ErrorCode::wire, Function.identity()));

    private final String wire;
    private final boolean fatal;

    ErrorCode(String wire, boolean fatal) {
        this.wire = wire;
        this.fatal = fatal;
    }

    public String wire() {
        return wire;
    }

    public boolean fatal() {
        return fatal;
    }

    /** @param wire a code as received; null (an {@code error} without {@code code}) gives empty */
    public static Optional<ErrorCode> fromWire(String wire) {
        return wire == null ? Optional.empty() : Optional.ofNullable(BY_WIRE.get(wire));
    }
}
