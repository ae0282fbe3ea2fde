package dev.hearth.client.net;

import dev.hearth.protocol.Invite;
import dev.hearth.protocol.InviteHost;

/**
 * Where a relay listens and whether it speaks TLS. Pins are kept per {@link #key()}.
 *
 * @param host DNS name or IP literal (IPv6 without brackets)
 * @param port 1 to 65535
 * @param tls  false only when the user chose plaintext (LAN, tests)
 */
public record RelayAddress(String host, int port, boolean tls) {

    public RelayAddress {
        InviteHost.check(host);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
    }

    public static RelayAddress of(Invite invite) {
        return new RelayAddress(invite.host(), invite.port(), invite.tls());
    }

    /** {@code host:port}, IPv6 in brackets: how the user sees the relay and how pins are keyed. */
    public String key() {
        return InviteHost.forUri(host) + ":" + port;
    }
}
