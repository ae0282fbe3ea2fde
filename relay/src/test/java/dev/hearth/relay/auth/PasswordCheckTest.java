package dev.hearth.relay.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordCheckTest {

    @Test
    void acceptsOnlyTheExactPassword() {
        PasswordCheck check = new PasswordCheck("correct horse 密码");
        assertTrue(check.required());
        assertTrue(check.accepts("correct horse 密码"));
        assertFalse(check.accepts("correct horse"));
        assertFalse(check.accepts("Correct horse 密码"));
        assertFalse(check.accepts(""));
        assertFalse(check.accepts(null));
    }

    @Test
    void anEmptyPasswordStillNeedsToBeSent() {
        PasswordCheck check = new PasswordCheck("");
        assertTrue(check.accepts(""));
        assertFalse(check.accepts(null));
    }

    @Test
    void anOpenRelayAcceptsAnything() {
        PasswordCheck check = new PasswordCheck(null);
        assertFalse(check.required());
        assertTrue(check.accepts(null));
        assertTrue(check.accepts("whatever"));
    }
}
