package dev.hearth.client.lan;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;

/**
 * Whether and where the client listens for relays on the local network, from the system
 * property {@value #PROPERTY}: unset or {@code on} listens on this computer's main address,
 * {@code off} not at all (the build's tests set it, so they never multicast unless they say so),
 * and an IP address listens on that address's network only (a computer on several networks; the
 * tests' private network).
 */
public sealed interface LanSetting {

    String PROPERTY = "hearth.lan";

    record Off() implements LanSetting {}

    /** @param on the address whose network to listen on, or null for the computer's main one */
    record On(InetAddress on) implements LanSetting {}

    static LanSetting from(Properties system) {
        String value = system.getProperty(PROPERTY);
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("on")) {
            return new On(null);
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return new Off();
        }
        try {
            // Only literals: a name here would be looked up in DNS while the window opens.
            if (!value.strip().chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                return new Off();
            }
            return new On(InetAddress.getByName(value.strip()));
        } catch (UnknownHostException e) {
            return new Off();
        }
    }
}
