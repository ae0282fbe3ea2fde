package dev.hearth.protocol;

/**
 * The host part of an invite: an ASCII host name, an IPv4 literal or an IPv6 literal (with an
 * optional {@code %zone}). International names must be given in their {@code xn--} form, since
 * that is what name resolution understands. Clients use the same check for hosts typed by hand.
 */
public final class InviteHost {

    private static final int MAX_NAME_LENGTH = 253;

    private InviteHost() {}

    public static void check(String host) {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (host.indexOf(':') >= 0) {
            checkIpv6(host);
        } else if (host.length() > MAX_NAME_LENGTH || !host.chars().allMatch(InviteHost::isNameChar)) {
            throw new IllegalArgumentException(
                    "host may only contain ASCII letters, digits, '-', '.' and '_' (at most 253)");
        }
    }

    /** Brackets an IPv6 literal and escapes its zone's {@code %}, as RFC 6874 asks. */
    public static String forUri(String host) {
        return host.indexOf(':') >= 0 ? "[" + host.replace("%", "%25") + "]" : host;
    }

    /** Reverses {@link #forUri} for the text between {@code [} and {@code ]}. */
    static String fromBrackets(String literal) {
        return literal.replace("%25", "%");
    }

    private static void checkIpv6(String host) {
        int zone = host.indexOf('%');
        String address = zone < 0 ? host : host.substring(0, zone);
        String zoneId = zone < 0 ? "x" : host.substring(zone + 1);
        boolean valid = address.chars().filter(c -> c == ':').count() >= 2
                && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128 || c == ':' || c == '.')
                && !zoneId.isEmpty()
                && zoneId.chars().allMatch(InviteHost::isNameChar);
        if (!valid) {
            throw new IllegalArgumentException("host \"" + host + "\" is not an IPv6 address");
        }
    }

    private static boolean isNameChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_';
    }
}
