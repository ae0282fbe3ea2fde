package dev.hearth.client.settings;

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
 */
public record RecentRelay(String host, int port, boolean tls, String nick, String fingerprint, String password) {

    public RecentRelay {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(nick, "nick");
    }

    /** Two entries for the same place replace each other; IPv6 hosts compare as typed. */
    public String key() {
        return host.toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    @Override
    public String toString() {
        return "RecentRelay[" + key() + ", tls=" + tls + ", nick=" + nick + ", password="
                + (password == null ? "absent" : "***") + "]";
    }
}
