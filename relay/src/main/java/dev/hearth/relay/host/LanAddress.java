package dev.hearth.relay.host;

import dev.hearth.relay.reach.AddressKind;
import dev.hearth.relay.reach.AddressText;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;

/**
 * The address written into the invite until the router tells its public one: this machine's
 * address on the home network, which friends on the same Wi-Fi can reach. A private IPv4 address
 * first (what home networks hand out), then any other IPv4, then IPv6; {@code localhost} when the
 * machine has no network at all, so an invite can still be made (and used on this computer).
 */
final class LanAddress {

    private LanAddress() {}

    /** @param addresses this machine's addresses of interfaces that are up, loopback left out */
    static String choose(List<InetAddress> addresses) {
        return addresses.stream()
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()
                        && !address.isAnyLocalAddress() && !address.isMulticastAddress())
                .min(Comparator.comparingInt(LanAddress::rank))
                .map(AddressText::of)
                .orElse("localhost");
    }

    private static int rank(InetAddress address) {
        boolean v4 = address instanceof Inet4Address;
        return switch (AddressKind.of(address)) {
            case PRIVATE -> v4 ? 0 : 3;
            case PUBLIC, CARRIER_GRADE_NAT -> v4 ? 1 : 4;
            default -> v4 ? 2 : 5;
        };
    }
}
