package dev.hearth.relay.reach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /**
     * This machine's address on the way to the internet: the source address the kernel picks for
     * the default route, found by connecting a UDP socket (which sends nothing) to a documentation
     * address. It is the address neighbours on the home network reach this machine at, where
     * {@code InetAddress.getLocalHost()} is often 127.0.1.1 (Debian) or whichever interface comes
     * first (a link-local IPv6 or a container bridge). Empty without a default route.
     */
    public static Optional<InetAddress> towardTheInternet() {
        try {
            InetAddress local = DefaultGateway.localAddressToward(
                    InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}));
            return local.isAnyLocalAddress() || local.isLoopbackAddress() ? Optional.empty() : Optional.of(local);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
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
