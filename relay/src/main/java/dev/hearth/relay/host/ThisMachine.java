package dev.hearth.relay.host;

import dev.hearth.relay.reach.PublicAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the hosted relay needs to know about the computer it runs on: its addresses (for the
 * invite) and its name (for the announcement on the local network). Tests give their own.
 *
 * @param addresses this machine's addresses of interfaces that are up, loopback left out
 * @param name the machine's host name, or null when it has none
 */
public record ThisMachine(Supplier<List<InetAddress>> addresses, Supplier<String> name) {

    public static ThisMachine real() {
        return new ThisMachine(PublicAddresses::all, ThisMachine::hostName);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
