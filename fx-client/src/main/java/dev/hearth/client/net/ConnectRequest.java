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
 * @param announced   the fingerprint the relay's announcement on the local network carried, or null;
 *                    never a pin (anyone on the network can announce anything): the first-contact
 *                    question shows it beside the key the relay presents, for the user to compare
 */
public record ConnectRequest(RelayAddress address, String fingerprint, String nick, String password, List<String> rooms,
        String announced) {

    public ConnectRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nick, "nick");
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A request for a relay not found on the local network. */
    public ConnectRequest(RelayAddress address, String fingerprint, String nick, String password, List<String> rooms) {
        this(address, fingerprint, nick, password, rooms, null);
    }

    /** A request that joins no room by itself. */
    public ConnectRequest(RelayAddress address, String fingerprint, String nick, String password) {
        this(address, fingerprint, nick, password, List.of());
    }

    public ConnectRequest withFingerprint(String pinned) {
        return new ConnectRequest(address, pinned, nick, password, rooms, announced);
    }

    public ConnectRequest withNick(String other) {
        return new ConnectRequest(address, fingerprint, other, password, rooms, announced);
    }

    public ConnectRequest withRooms(List<String> joined) {
        return new ConnectRequest(address, fingerprint, nick, password, joined, announced);
    }

    /** The same request, with the fingerprint a local network announcement carried (not a pin). */
    public ConnectRequest withAnnounced(String lanFingerprint) {
        return new ConnectRequest(address, fingerprint, nick, password, rooms, lanFingerprint);
    }

    @Override
    public String toString() {
        return "ConnectRequest[" + address.key() + ", nick=" + nick + ", password=" + (password == null ? "absent" : "***") + ", rooms=" + rooms + "]";
    }
}
