package dev.hearth.relay.reach;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Comparator;
import java.util.List;

/**
 * This machine's own addresses: the ones the internet reaches without a router's help (global
 * IPv6), and all of them for {@code doctor}.
 */
public final class PublicAddresses {

    private PublicAddresses() {}

    /**
     * Global IPv6 addresses of interfaces that are up. Java cannot tell a stable address from a
     * temporary (privacy) one, so all of them are listed.
     */
    public static List<InetAddress> globalIpv6() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(PublicAddresses::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet6Address && AddressKind.isPublic(address))
                    .map(PublicAddresses::withoutScope)
                    .distinct()
                    .sorted(Comparator.comparing(InetAddress::getHostAddress))
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    /** Every address of every interface that is up, loopback left out, IPv4 first. */
    public static List<InetAddress> all() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(PublicAddresses::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .map(PublicAddresses::withoutScope)
                    .distinct()
                    .sorted(Comparator.comparing((InetAddress address) -> address instanceof Inet6Address)
                            .thenComparing(InetAddress::getHostAddress))
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    /** {@code 203.0.113.5:7777} or {@code [2001:db8::1]:7777}. */
    public static String hostAndPort(InetAddress address, int port) {
        String host = AddressText.of(withoutScope(address));
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
