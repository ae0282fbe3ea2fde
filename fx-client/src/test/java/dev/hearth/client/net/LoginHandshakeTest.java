package dev.hearth.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.net.LoginHandshake.Refusal;
import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import org.junit.jupiter.api.Test;

/** Which login errors need the user and which are waited out. */
class LoginHandshakeTest {

    private static Refusal classify(ErrorCode code, boolean everLoggedIn) {
        return LoginHandshake.classify(ErrorReply.of(code, "x", null), everLoggedIn);
    }

    @Test
    void aWrongPasswordABanAnotherVersionOrABadNickNeedTheUser() {
        for (ErrorCode code : new ErrorCode[] {ErrorCode.AUTH_FAILED, ErrorCode.THROTTLED, ErrorCode.UNSUPPORTED_VERSION,
                ErrorCode.NICK_INVALID}) {
            assertEquals(Refusal.USER_MUST_ACT, classify(code, false), code.wire());
            assertEquals(Refusal.USER_MUST_ACT, classify(code, true), code.wire());
        }
    }

    @Test
    void aTakenNickNeedsTheUserAtFirstButIsWaitedOutAfterALostSession() {
        assertEquals(Refusal.USER_MUST_ACT, classify(ErrorCode.NICK_TAKEN, false));
        assertEquals(Refusal.RETRY_LATER, classify(ErrorCode.NICK_TAKEN, true), "our old self holds it for its grace period");
    }

    @Test
    void aFullRelayIsRetried() {
        assertEquals(Refusal.RETRY_LATER, classify(ErrorCode.RELAY_FULL, false));
        assertEquals(Refusal.RETRY_LATER, classify(ErrorCode.TOO_MANY_CONNECTIONS, true));
    }
}
