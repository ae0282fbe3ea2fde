package dev.hearth.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A relay's identity as clients pin it: {@code sha256:} followed by the unpadded base64url
 * SHA-256 of the certificate's SubjectPublicKeyInfo. Hashing the public key rather than the
 * whole certificate keeps the identity stable if the certificate is ever re-issued for the
 * same key. Fingerprints compare as exact strings (base64url is case-sensitive).
 */
public final class Fingerprint {

    public static final String PREFIX = "sha256:";

    /** 32 digest bytes are 43 unpadded base64url characters. */
    private static final Pattern WELL_FORMED = Pattern.compile("sha256:[A-Za-z0-9_-]{43}");

    private Fingerprint() {}

    /** The fingerprint of a key; {@link PublicKey#getEncoded()} is its SubjectPublicKeyInfo DER. */
    public static String of(PublicKey key) {
        return ofSubjectPublicKeyInfo(key.getEncoded());
    }

    public static String ofSubjectPublicKeyInfo(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text).matches();
    }
}
