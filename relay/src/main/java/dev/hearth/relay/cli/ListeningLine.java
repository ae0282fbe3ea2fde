package dev.hearth.relay.cli;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.reach.AddressText;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The one line printed once the relay accepts connections, e.g.
 * {@code hearth-relay 1.0.0 listening on 0.0.0.0:7777 fingerprint sha256:… invite hearth://…}.
 * Scripts and tests wait for {@code listening on}, so its shape is part of the contract.
 */
final class ListeningLine {

    private ListeningLine() {}

    /** @param fingerprint the relay's identity, or null for a plaintext relay */
    static String format(String version, InetSocketAddress bound, String fingerprint, Invite invite) {
        StringBuilder line = new StringBuilder("hearth-relay ").append(version)
                .append(" listening on ").append(hostAndPort(bound));
        line.append(fingerprint == null ? " plaintext (no TLS)" : " fingerprint " + fingerprint);
        return line.append(" invite ").append(invite.format()).toString();
    }

    /** The wildcard address (IPv4 or IPv6) shows as 0.0.0.0; other IPv6 addresses go in brackets. */
    static String hostAndPort(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip == null ? address.getHostString()
                : ip.isAnyLocalAddress() ? "0.0.0.0"
                : AddressText.of(ip);
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
