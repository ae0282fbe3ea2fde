package dev.hearth.client.connect;

import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.protocol.InviteHost;

/**
 * The connect form's rules, apart from how they are shown: which hand-typed values are
 * acceptable and the request they make. Empty fields are "not yet", not "wrong". Any thread.
 */
final class ConnectForm {

    boolean hostProblem(String host) {
        return !host.isBlank() && !hostValid(host);
    }

    boolean portProblem(String port) {
        return !port.isBlank() && parsePort(port) < 0;
    }

    boolean valid(String host, String port, String nick) {
        return hostValid(host) && parsePort(port) > 0 && Nicknames.check(nick) instanceof NameCheck.Accepted;
    }

    /** Call only when {@link #valid}; the nick is sent NFC-normalised, as the relay will see it. */
    ConnectRequest request(String host, String port, boolean tls, String fingerprint, String nick, String password) {
        RelayAddress address = new RelayAddress(host.strip(), parsePort(port), tls);
        String name = ((NameCheck.Accepted) Nicknames.check(nick)).name();
        String pin = tls && fingerprint != null && !fingerprint.isEmpty() ? fingerprint : null;
        return new ConnectRequest(address, pin, name, password == null || password.isEmpty() ? null : password);
    }

    private static boolean hostValid(String host) {
        try {
            InviteHost.check(host.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the port, or -1 when the text is not a number from 1 to 65535 */
    private static int parsePort(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65_535 ? port : -1;
    }
}
