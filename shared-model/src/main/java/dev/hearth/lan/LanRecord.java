package dev.hearth.lan;

import dev.hearth.protocol.Fingerprint;
import dev.hearth.protocol.InviteHost;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a relay announces about itself on the local network (DNS-SD {@value LanTxt#SERVICE_TYPE}):
 * where it listens, its identity and whether it wants a password. Anyone on the network can
 * announce anything, so a client shows the fingerprint for the user to compare and never pins it
 * on the announcement's word alone.
 *
 * @param name             the DNS-SD instance name, shown to people ("hearth on kitchen-pc")
 * @param host             the address the announcement resolved to: a host name or an IP literal
 * @param port             the relay's TCP port
 * @param fingerprint      the relay's {@code sha256:} identity, or null for a relay without TLS
 * @param passwordRequired whether the relay asks for a password at login
 * @param protocol         the protocol version the relay speaks ({@code hello}'s {@code v})
 */
public record LanRecord(String name, String host, int port, String fingerprint, boolean passwordRequired,
        int protocol) {

    /** DNS labels, the instance name among them, are at most 63 bytes (RFC 6763 §4.1.1). */
    public static final int MAX_NAME_BYTES = 63;

    public LanRecord {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the name is empty");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("the name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the name contains control characters");
        }
        InviteHost.check(host);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        if (fingerprint != null && !Fingerprint.isWellFormed(fingerprint)) {
            throw new IllegalArgumentException("the fingerprint is not sha256: and 43 base64url characters");
        }
        if (protocol < 1) {
            throw new IllegalArgumentException("protocol version " + protocol + " is not a version");
        }
    }

    /** Whether the relay speaks TLS; a relay without it announces no fingerprint. */
    public boolean tls() {
        return fingerprint != null;
    }
}
