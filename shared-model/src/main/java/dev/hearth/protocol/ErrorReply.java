package dev.hearth.protocol;

/**
 * The {@code error} envelope. {@code code} is kept as the wire string so a client still reads
 * codes a newer relay adds; {@link ErrorCode#fromWire} maps the known ones. {@code blob} names
 * the file an {@code upload-failed} is about (protocol 1.1).
 */
public record ErrorReply(String code, String message, String id, Boolean fatal, String blob) implements Envelope {
    public static final String TYPE = "error";

    public ErrorReply {
        Ids.check(id);
        Require.present(code, "\"error\" needs \"code\"");
        Require.present(message, "\"error\" needs \"message\"");
    }

    /** An error without a blob. */
    public ErrorReply(String code, String message, String id, Boolean fatal) {
        this(code, message, id, fatal, null);
    }

    public static ErrorReply of(ErrorCode code, String message, String id) {
        return new ErrorReply(code.wire(), message, id, code.fatal());
    }

    /** An error about a file upload or fetch, naming its {@code blob} (protocol 1.1: {@code upload-failed}). */
    public static ErrorReply about(String blob, ErrorCode code, String message, String id) {
        return new ErrorReply(code.wire(), message, id, code.fatal(), blob);
    }
}
