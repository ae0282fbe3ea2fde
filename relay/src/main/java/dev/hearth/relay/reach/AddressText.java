package dev.hearth.relay.reach;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An IP address as people write it. Java prints IPv6 in full ({@code 0:0:0:0:0:0:0:1}); this
 * gives the RFC 5952 form ({@code ::1}): lowercase, no leading zeros, the longest run of two or
 * more zero groups as {@code ::}.
 */
public final class AddressText {

    private AddressText() {}

    public static String of(InetAddress address) {
        if (!(address instanceof Inet6Address ipv6)) {
            return address.getHostAddress();
        }
        byte[] bytes = ipv6.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF;
        }
        String text = join(groups, longestZeroRun(groups));
        return ipv6.getScopeId() == 0 && ipv6.getScopedInterface() == null ? text : text + scope(ipv6);
    }

    /** Start of the first longest run of at least two zero groups, or -1. Its length is found again by {@link #join}. */
    private static int longestZeroRun(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int length = 0;
            while (i + length < groups.length && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        return bestStart;
    }

    private static String join(int[] groups, int zeroRun) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < groups.length) {
            if (i == zeroRun) {
                text.append("::");
                while (i < groups.length && groups[i] == 0) {
                    i++;
                }
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
            i++;
        }
        return text.toString();
    }

    private static String scope(Inet6Address address) {
        return "%" + (address.getScopedInterface() != null ? address.getScopedInterface().getName() : address.getScopeId());
    }
}
