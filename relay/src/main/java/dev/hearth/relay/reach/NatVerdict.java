package dev.hearth.relay.reach;

import java.net.InetAddress;

/** What the router's own public address says about whether port forwarding can work at all. */
public enum NatVerdict {
    /** The router holds a public address: a forwarded port is reachable from the internet. */
    PUBLIC_ADDRESS,
    /** The router's "public" address is the carrier's (100.64.0.0/10): no forwarding at home can help. */
    CARRIER_GRADE_NAT,
    /** The router's "public" address is private: another router sits in front of it. */
    DOUBLE_NAT,
    /** No router told its public address. */
    UNKNOWN;

    /** @param external the router's public address as it reported it, or null */
    public static NatVerdict of(InetAddress external) {
        if (external == null) {
            return UNKNOWN;
        }
        return switch (AddressKind.of(external)) {
            case PUBLIC -> PUBLIC_ADDRESS;
            case CARRIER_GRADE_NAT -> CARRIER_GRADE_NAT;
            case PRIVATE, LINK_LOCAL, LOOPBACK -> DOUBLE_NAT;
            case RESERVED -> UNKNOWN;
        };
    }
}
