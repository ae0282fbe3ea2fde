package dev.hearth.client.net;

import dev.hearth.protocol.Decoded;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Hello;
import dev.hearth.protocol.Ping;
import dev.hearth.protocol.Pong;
import dev.hearth.protocol.Welcome;
import java.io.IOException;

/**
 * The exchange from {@code hello} to {@code welcome} on a fresh connection: resume when there is a
 * session to resume, fall back to a fresh login when the relay has forgotten it, answer pings
 * meanwhile, and tell a refusal only the user can fix from one worth retrying. The receive
 * thread's, before anything else reads the connection.
 */
final class LoginHandshake {

    /** What the relay said yes to. */
    record Welcomed(Welcome welcome, boolean resumed) {}

    /** What a login error asks for. */
    enum Refusal { USER_MUST_ACT, RETRY_LATER }

    private LoginHandshake() {}

    /**
     * @param token the session to resume, or null for a fresh login
     * @param lastN the last envelope number reported, for a resume
     */
    static Welcomed perform(RelayConnection conn, ConnectRequest request, ClientOptions options, String nick, String token,
                            long lastN, boolean everLoggedIn) throws IOException, LoginRefusedException {
        boolean resuming = token != null;
        conn.write(resuming
                ? Hello.resume(token, lastN, request.password(), options.clientName())
                : Hello.login(nick, request.password(), options.clientName()));
        conn.flush();
        while (true) {
            if (!(conn.read() instanceof Decoded.Valid valid)) {
                continue;
            }
            switch (valid.envelope()) {
                case Welcome welcome -> {
                    return new Welcomed(welcome, resuming);
                }
                case ErrorReply error when ErrorCode.RESUME_FAILED.wire().equals(error.code()) -> {
                    resuming = false;
                    conn.write(Hello.login(nick, request.password(), options.clientName()));
                    conn.flush();
                }
                case ErrorReply error -> {
                    if (classify(error, everLoggedIn) == Refusal.USER_MUST_ACT) {
                        throw new LoginRefusedException(error);
                    }
                    throw new IOException("relay refused the login for now: " + error.code());
                }
                case Ping ping -> {
                    conn.write(new Pong(ping.id()));
                    conn.flush();
                }
                default -> { }
            }
        }
    }

    /**
     * A wrong password, a ban, another protocol version or a bad nick need the user; a full relay
     * does not. After a lost session our old self may still hold the nick for its grace period,
     * so a taken nick then is waited out.
     */
    static Refusal classify(ErrorReply error, boolean everLoggedIn) {
        String code = error.code();
        boolean nickTaken = ErrorCode.NICK_TAKEN.wire().equals(code);
        boolean userMustAct = ErrorCode.AUTH_FAILED.wire().equals(code) || ErrorCode.THROTTLED.wire().equals(code)
                || ErrorCode.UNSUPPORTED_VERSION.wire().equals(code) || ErrorCode.NICK_INVALID.wire().equals(code)
                || nickTaken && !everLoggedIn;
        return userMustAct ? Refusal.USER_MUST_ACT : Refusal.RETRY_LATER;
    }
}
