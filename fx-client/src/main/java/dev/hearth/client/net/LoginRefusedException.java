package dev.hearth.client.net;

import dev.hearth.protocol.ErrorReply;

/** The relay refused a login in a way only the user can fix; the session stops. */
final class LoginRefusedException extends Exception {

    private final ErrorReply error;

    LoginRefusedException(ErrorReply error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    ErrorReply error() {
        return error;
    }
}
