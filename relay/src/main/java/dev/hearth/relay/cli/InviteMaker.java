package dev.hearth.relay.cli;

import dev.hearth.protocol.Invite;

/**
 * Writes the relay's invite for a password: plaintext or pinned to the fingerprint, and carrying
 * the password only when it should (always when the relay made it, on request when the host did).
 *
 * @param fingerprint null for a plaintext relay
 */
record InviteMaker(String host, int port, String fingerprint, boolean carriesPassword) {

    /** The same invite at another address: the router's public one, or an IPv6 one. */
    InviteMaker at(String otherHost, int otherPort) {
        return new InviteMaker(otherHost, otherPort, fingerprint, carriesPassword);
    }

    /** @param password the door password now, or null for an open relay */
    Invite invite(String password) {
        String carried = carriesPassword ? password : null;
        return fingerprint == null ? Invite.plaintext(host, port, carried) : Invite.tls(host, port, fingerprint, carried);
    }
}
