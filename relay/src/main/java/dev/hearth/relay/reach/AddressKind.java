package dev.hearth.relay.reach;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Where an address lives, as far as reaching the relay goes: only a {@link #PUBLIC} one can be
 * reached from the whole internet. The ranges are IANA's special-purpose registries (RFC 6890).
 */
public enum AddressKind {
    PUBLIC,
    /** RFC 1918 and IPv6 unique-local: a home or office network. */
    PRIVATE,
    /** 100.64.0.0/10, RFC 6598: the carrier's own NAT in front of many homes. */
    CARRIER_GRADE_NAT,
    LOOPBACK,
    LINK_LOCAL,
    /** Unspecified, documentation, benchmarking, multicast and other addresses nobody routes to. */
    RESERVED;

    public static AddressKind of(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return RESERVED;
        }
        return switch (address) {
            case Inet4Address v4 -> ofIpv4(v4.getAddress());
            case Inet6Address v6 -> ofIpv6(v6.getAddress());
            default -> RESERVED;
        };
    }

    public static boolean isPublic(InetAddress address) {
        return of(address) == PUBLIC;
    }

    private static AddressKind ofIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        if (a == 10 || (a == 172 && second >= 16 && second <= 31) || (a == 192 && second == 168)) {
            return PRIVATE;
        }
        if (a == 100 && second >= 64 && second <= 127) {
            return CARRIER_GRADE_NAT;
        }
        boolean documentation = (a == 192 && second == 0 && third == 2) || (a == 198 && second == 51 && third == 100)
                || (a == 203 && second == 0 && third == 113);
        boolean protocolAssignments = a == 192 && second == 0 && third == 0;
        boolean benchmarking = a == 198 && (second == 18 || second == 19);
        if (a == 0 || a >= 240 || documentation || protocolAssignments || benchmarking) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static AddressKind ofIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return PRIVATE;
        }
        boolean globalUnicast = (first & 0xe0) == 0x20;
        boolean documentation = first == 0x20 && b[1] == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        return globalUnicast && !documentation ? PUBLIC : RESERVED;
    }
}
