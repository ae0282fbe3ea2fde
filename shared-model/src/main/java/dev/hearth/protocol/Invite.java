package dev.hearth.protocol;

import java.util.Objects;

/**
 * What a host shares with friends so their client can reach the relay and know it is the right
 * one: {@code hearth://HOST:PORT?fp=sha256:…} (TLS, pinned to the fingerprint), optionally with
 * {@code &pw=…}, or {@code hearth+tcp://HOST:PORT} for a plaintext relay. Build one with
 * {@link #tls} or {@link #plaintext}, write it with {@link #format}, read it with {@link #parse}.
 *
 * @param host        DNS name or IP literal; an IPv6 literal without brackets
 * @param port        1 to 65535
 * @param fingerprint the relay's {@link Fingerprint}; null exactly when the relay is plaintext
 * @param password    the door password, or null when the invite does not carry one
 */
public record Invite(String host, int port, String fingerprint, String password) {

    public static final String TLS_SCHEME = "hearth";
    public static final String PLAINTEXT_SCHEME = "hearth+tcp";

    public Invite {
        InviteHost.check(host);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        if (fingerprint != null && !Fingerprint.isWellFormed(fingerprint)) {
            throw new IllegalArgumentException("fingerprint must be sha256: followed by 43 base64url characters");
        }
        if (password != null && password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty; leave it out instead");
        }
    }

    public static Invite tls(String host, int port, String fingerprint, String password) {
        return new Invite(host, port, Objects.requireNonNull(fingerprint, "fingerprint"), password);
    }

    public static Invite plaintext(String host, int port, String password) {
        return new Invite(host, port, null, password);
    }

    /**
     * Reads an invite as a person pasted it (surrounding whitespace is ignored).
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong; a TLS invite
     *     without {@code fp} is refused because the relay could not be verified
     */
    public static Invite parse(String text) {
        return InviteParser.parse(text);
    }

    public boolean tls() {
        return fingerprint != null;
    }

    public Invite withoutPassword() {
        return new Invite(host, port, fingerprint, null);
    }

    /** The invite string; {@code pw} is percent-encoded UTF-8. */
    public String format() {
        StringBuilder out = new StringBuilder(tls() ? TLS_SCHEME : PLAINTEXT_SCHEME).append("://");
        out.append(InviteHost.forUri(host)).append(':').append(port);
        char separator = '?';
        if (tls()) {
            out.append(separator).append("fp=").append(fingerprint);
            separator = '&';
        }
        if (password != null) {
            out.append(separator).append("pw=").append(PercentEncoding.encode(password));
        }
        return out.toString();
    }

    /** Keeps the password out of accidental logging; use {@link #format} to share an invite. */
    @Override
    public String toString() {
        return "Invite[" + withoutPassword().format() + (password == null ? "" : " with password") + "]";
    }
}
