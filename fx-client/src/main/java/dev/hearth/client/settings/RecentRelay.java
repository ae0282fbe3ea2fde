package dev.hearth.client.settings;

import java.util.List;
import java.util.Objects;

/**
 * One relay the user connected to, as the connect screen offers it again.
 *
 * @param host        DNS name or IP literal (IPv6 without brackets)
 * @param port        1 to 65535
 * @param tls         false for a plaintext relay
 * @param nick        the nick used last time
 * @param fingerprint the {@code sha256:} pin from the invite, or null
 * @param password    present only when the user ticked "remember password"; else null
 * @param rooms       the rooms the user was in when last connected, joined again on reconnecting
 */
public record RecentRelay(String host, int port, boolean tls, String nick, String fingerprint, String password,
                          List<String> rooms) {

    public RecentRelay {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(nick, "nick");
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    public RecentRelay(String host, int port, boolean tls, String nick, String fingerprint, String password) {
        this(host, port, tls, nick, fingerprint, password, List.of());
    }

    public RecentRelay withNick(String now) {
        return new RecentRelay(host, port, tls, now, fingerprint, password, rooms);
    }

    public RecentRelay withPassword(String kept) {
        return new RecentRelay(host, port, tls, nick, fingerprint, kept, rooms);
    }

    public RecentRelay withRooms(List<String> now) {
        return new RecentRelay(host, port, tls, nick, fingerprint, password, now);
    }

    /** Two entries for the same place replace each other; IPv6 hosts compare as typed. */
    public String key() {
        return keyOf(host, port);
    }

    /** The key of an entry for {@code host} and {@code port}, to match one before it exists. */
    public static String keyOf(String host, int port) {
        return host.toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    @Override
    public String toString() {
        return "RecentRelay[" + key() + ", tls=" + tls + ", nick=" + nick + ", password="
                + (password == null ? "absent" : "***") + ", rooms=" + rooms + "]";
    }
}
