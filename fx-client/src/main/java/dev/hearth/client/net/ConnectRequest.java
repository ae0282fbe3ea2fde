package dev.hearth.client.net;

import java.util.Objects;

/**
 * Everything needed to open a session.
 *
 * @param address     where the relay listens
 * @param fingerprint the {@code sha256:} pin the invite carried, or null for a manual connection
 *                    (then the known-relays store decides, or the user is asked)
 * @param nick        the nick to log in with (already checked against the shared rules)
 * @param password    the door password, or null when the relay has none
 */
public record ConnectRequest(RelayAddress address, String fingerprint, String nick, String password) {

    public ConnectRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nick, "nick");
    }

    public ConnectRequest withFingerprint(String pinned) {
        return new ConnectRequest(address, pinned, nick, password);
    }

    public ConnectRequest withNick(String other) {
        return new ConnectRequest(address, fingerprint, other, password);
    }

    @Override
    public String toString() {
        return "ConnectRequest[" + address.key() + ", nick=" + nick + ", password=" + (password == null ? "absent" : "***") + "]";
    }
}
