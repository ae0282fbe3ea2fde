package dev.hearth.relay.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * The network an address belongs to, as far as limits are concerned: its IPv4 /24 or its IPv6 /64.
 * One person easily holds many addresses of one such network (an IPv6 /64 is handed to every home),
 * so connection caps, login throttling and log summaries count networks as well as addresses.
 *
 * @param bytes the address with every bit after the prefix cleared
 */
public record NetworkPrefix(byte[] bytes) {
    private static final int IPV4_PREFIX_BYTES = 3;
    private static final int IPV6_PREFIX_BYTES = 8;

    public NetworkPrefix {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public static NetworkPrefix of(InetAddress address) {
        byte[] raw = address.getAddress();
        int keep = address instanceof Inet4Address ? IPV4_PREFIX_BYTES : IPV6_PREFIX_BYTES;
        Arrays.fill(raw, keep, raw.length, (byte) 0);
        return new NetworkPrefix(raw);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkPrefix that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@code 192.0.2.0/24} or {@code 2001:db8:1:2::/64}, for logs. */
    @Override
    public String toString() {
        try {
            String host = InetAddress.getByAddress(bytes).getHostAddress();
            if (bytes.length == 4) {
                return host + "/24";
            }
            // getHostAddress never shortens zeros; the cleared half of a /64 is a run of ":0".
            return host.replaceFirst("(:0)+$", "::") + "/64";
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
