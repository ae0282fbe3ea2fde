package dev.hearth.relay.lan;

import java.util.Objects;

/**
 * What the relay tells the local network about itself; the address is the one the announcement
 * goes out on, so it is not part of this.
 *
 * @param name             the DNS-SD instance name people see, from the relay's host name
 * @param port             the port the relay listens on
 * @param fingerprint      the relay's {@code sha256:} identity, or null for {@code --plaintext}
 * @param passwordRequired whether logging in takes a password
 */
public record Announcement(String name, int port, String fingerprint, boolean passwordRequired) {

    public Announcement {
        Objects.requireNonNull(name, "name");
    }
}
