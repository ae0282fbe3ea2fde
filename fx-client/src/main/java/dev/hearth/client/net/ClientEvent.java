package dev.hearth.client.net;

import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Welcome;
import java.time.Duration;

/**
 * What the {@link RelayClient}'s receive thread reports, in order, to its single listener (the
 * FX hand-off in the app, a list in tests).
 */
public sealed interface ClientEvent {

    /** The link changed state. {@code retryIn} is set while {@link ConnectionStatus#RECONNECTING}. */
    record StatusChanged(ConnectionStatus status, Duration retryIn) implements ClientEvent {}

    /**
     * The relay accepted us. {@code resumed} is true when the old session was taken over (what
     * was missed follows as {@link Received}); false for a fresh session, after which the client
     * has already re-joined the rooms it was in. {@code fingerprint} is the verified pin, or null
     * for plaintext.
     */
    record LoggedIn(Welcome welcome, boolean resumed, String fingerprint) implements ClientEvent {}

    /**
     * An envelope from the relay after {@code welcome}, in {@code n} order, replays included and
     * every {@code n} at most once; pings and pongs are answered inside the client and not
     * reported. Errors that answer a request arrive here too, as {@link ErrorReply}.
     */
    record Received(Envelope envelope) implements ClientEvent {}

    /**
     * The relay refused the login in a way only the user can fix: {@code nick-invalid},
     * {@code nick-taken}, {@code auth-failed}, {@code throttled}, {@code unsupported-version}.
     * The client stays {@link ConnectionStatus#OFFLINE} until asked to connect again.
     */
    record LoginRefused(ErrorReply error) implements ClientEvent {}

    /**
     * A manual connection reached a TLS relay nobody pinned yet. Nothing was sent to it. The
     * user compares {@code fingerprint} with what the host told them, then trusts it (the
     * client pins it and connects) or walks away. {@code announced} is the fingerprint the relay's
     * local network announcement carried when the user chose it from that list (else null): shown
     * for comparison, since anyone on the network can announce anything.
     */
    record TrustNeeded(RelayAddress address, String fingerprint, String announced) implements ClientEvent {

        /** A relay the user did not find on the local network. */
        public TrustNeeded(RelayAddress address, String fingerprint) {
            this(address, fingerprint, null);
        }
    }

    /**
     * The relay presented a key other than the pinned one: maybe a new install, maybe someone
     * in the middle. Nothing was sent to it; the client stays offline.
     */
    record PinMismatch(RelayAddress address, String expected, String presented) implements ClientEvent {}

    /**
     * The relay could not be reached or spoke something we cannot use.
     *
     * @param cause  what went wrong, for a sentence in the UI's language
     * @param detail the technical wording (often the operating system's, in English), never message text
     */
    record Problem(ProblemCause cause, String detail) implements ClientEvent {}

    /**
     * Protocol 1.1: upload {@code id} has handed {@code sentBytes} of {@code size} to the
     * connection. Reported by the send thread, so it may arrive a little after the file's echo.
     */
    record UploadProgress(String id, long sentBytes, long size) implements ClientEvent {}

    /**
     * Upload {@code id} failed and was given up: {@code code} is the relay's error code
     * ({@code file-too-large}, {@code files-full}, {@code upload-failed}, {@code not-in-room}, …) or
     * {@link #UNREADABLE} when the file could not be read here; {@code detail} the wording, never content.
     */
    record UploadFailed(String id, String code, String detail) implements ClientEvent {
        public static final String UNREADABLE = "unreadable";
    }

    /** Protocol 1.1: {@code receivedBytes} of the file {@code blob} have been written to disk. */
    record FetchProgress(String blob, long receivedBytes, long size) implements ClientEvent {}

    /** The file {@code blob} is complete, its SHA-256 checked, at {@code path}. */
    record FetchDone(String blob, java.nio.file.Path path) implements ClientEvent {}

    /**
     * Fetching {@code blob} failed: {@code code} is the relay's ({@code no-such-file}) or one of
     * {@link #CORRUPT} (the bytes' SHA-256 is not the offered one) and {@link #UNWRITABLE} (the disk
     * refused them); {@code detail} the wording.
     */
    record FetchFailed(String blob, String code, String detail) implements ClientEvent {
        public static final String CORRUPT = "corrupt";
        public static final String UNWRITABLE = "unwritable";
    }
}
