package dev.hearth.relay.cli;

import dev.hearth.protocol.Invite;
import dev.hearth.relay.reach.AddressText;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

/**
 * The host written into the invite: {@code --public-host} when given (behind port forwarding
 * only the operator knows it), else the {@code --bind} address when it is a specific one, else
 * this machine's host name, else {@code localhost}.
 */
final class InviteHostName {

    private InviteHostName() {}

    static String choose(String publicHost, InetAddress bind, Supplier<String> machineName) throws UsageException {
        if (publicHost != null) {
            return checked(publicHost);
        }
        if (bind != null && !bind.isAnyLocalAddress()) {
            return AddressText.of(bind);
        }
        String name = machineName.get();
        try {
            return name == null ? "localhost" : checked(name);
        } catch (UsageException e) {
            return "localhost";
        }
    }

    static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** International names become their xn-- form, which is what name resolution understands. */
    private static String checked(String name) throws UsageException {
        try {
            String ascii = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1)
                    : IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
            return Invite.plaintext(ascii, 1, null).host();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--public-host '" + name + "': " + e.getMessage());
        }
    }
}
