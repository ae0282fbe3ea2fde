package dev.hearth.relay.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The door password. Both sides are hashed first so the comparison takes the same time whatever
 * the guess, its length included.
 */
public final class PasswordCheck {
    private final byte[] expectedDigest;

    /** @param password the relay's password, or null for an open relay */
    public PasswordCheck(String password) {
        this.expectedDigest = password == null ? null : digest(password);
    }

    public boolean required() {
        return expectedDigest != null;
    }

    public boolean accepts(String offered) {
        if (expectedDigest == null) {
            return true;
        }
        byte[] offeredDigest = digest(offered == null ? "" : offered);
        return MessageDigest.isEqual(expectedDigest, offeredDigest) && offered != null;
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
