package dev.hearth.client.net;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to open a session.
 *
 * @param address     where the relay listens
 * @param fingerprint the {@code sha256:} pin the invite carried, or null for a manual connection
 *                    (then the known-relays store decides, or the user is asked)
 * @param nick        the nick to log in with (already checked against the shared rules)
 * @param password    the door password, or null when the relay has none
 * @param rooms       rooms to join once logged in (those the user was in last time); may be empty
 */
public record ConnectRequest(RelayAddress address, String fingerprint, String nick, String password, List<String> rooms) {

    public ConnectRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nick, "nick");
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A request that joins no room by itself. */
    public ConnectRequest(RelayAddress address, String fingerprint, String nick, String password) {
        this(address, fingerprint, nick, password, List.of());
    }

    public ConnectRequest withFingerprint(String pinned) {
        return new ConnectRequest(address, pinned, nick, password, rooms);
    }

    public ConnectRequest withNick(String other) {
        return new ConnectRequest(address, fingerprint, other, password, rooms);
    }

    public ConnectRequest withRooms(List<String> joined) {
        return new ConnectRequest(address, fingerprint, nick, password, joined);
    }

    @Override
    public String toString() {
        return "ConnectRequest[" + address.key() + ", nick=" + nick + ", password=" + (password == null ? "absent" : "***") + ", rooms=" + rooms + "]";
    }
}
