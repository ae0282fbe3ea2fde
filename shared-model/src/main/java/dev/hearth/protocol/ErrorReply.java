package dev.hearth.protocol;

/**
 * The {@code error} envelope. {@code code} is kept as the wire string so a client still reads
 * codes a newer relay adds; {@link ErrorCode#fromWire} maps the known ones.
 */
public record ErrorReply(String code, String message, String id, Boolean fatal) implements Envelope {
    public static final String TYPE = "error";

    public ErrorReply {
        Ids.check(id);
        Require.present(code, "\"error\" needs \"code\"");
        Require.present(message, "\"error\" needs \"message\"");
    }

    public static ErrorReply of(ErrorCode code, String message, String id) {
        return new ErrorReply(code.wire(), message, id, code.fatal());
    }
}
