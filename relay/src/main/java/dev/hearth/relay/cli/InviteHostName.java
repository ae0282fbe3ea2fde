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

    private static final int MAX_LABEL_LENGTH = 63;

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
                    : toAscii(name);
            return Invite.plaintext(ascii, 1, null).host();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--public-host '" + name + "': " + e.getMessage());
        }
    }

    /**
     * {@link IDN#toASCII(String, int)} with {@link IDN#ALLOW_UNASSIGNED}. A name already in ASCII,
     * as a machine's name nearly always is, gets IDN's own checks of its labels without IDN, whose
     * Unicode tables cost a start about 15 ms to load.
     */
    static String toAscii(String name) {
        if (!name.chars().allMatch(c -> c < 0x80)) {
            return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        }
        if (name.isEmpty() || name.equals(".")) {
            return name;
        }
        String labels = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        for (String label : labels.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new IllegalArgumentException("Empty label is not a legal name");
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new IllegalArgumentException("The label in the input is too long");
            }
        }
        return name;
    }
}
