package dev.hearth.protocol;

import dev.hearth.protocol.InvalidInviteException.Mistake;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads invite strings by hand rather than with {@link java.net.URI}, so that every mistake a
 * person can make while copying one gets its own sentence. Unknown query keys are ignored, so a
 * later version can add some.
 */
final class InviteParser {

    private InviteParser() {}

    static Invite parse(String input) {
        if (input == null || input.isBlank()) {
            throw bad(Mistake.EMPTY, null, "it is empty");
        }
        String text = input.strip();
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0) {
            throw bad(Mistake.NO_SCHEME, null, "it should start with hearth:// or hearth+tcp://");
        }
        boolean tls = isTls(text.substring(0, schemeEnd).toLowerCase(Locale.ROOT));
        String rest = withoutFragment(text.substring(schemeEnd + 3));
        int queryStart = rest.indexOf('?');
        String authority = queryStart < 0 ? rest : rest.substring(0, queryStart);
        Map<String, String> query = queryStart < 0 ? Map.of() : query(rest.substring(queryStart + 1));
        return build(tls, authority, query);
    }

    private static Invite build(boolean tls, String authority, Map<String, String> query) {
        String fingerprint = query.get("fp");
        if (tls && fingerprint == null) {
            throw bad(Mistake.NO_FINGERPRINT, null, "it has no fingerprint (fp=sha256:…), so the relay could not be verified;"
                    + " ask the host for the complete invite");
        }
        if (!tls && fingerprint != null) {
            throw bad(Mistake.PLAINTEXT_WITH_FINGERPRINT, null, "a hearth+tcp:// (plaintext) invite cannot carry a fingerprint");
        }
        String password = query.get("pw");
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (fingerprint != null && !Fingerprint.isWellFormed(fingerprint)) {
            throw bad(Mistake.BAD_FINGERPRINT, null, "the fingerprint must be sha256: followed by 43 base64url characters");
        }
        HostPort address = hostAndPort(authority);
        try {
            InviteHost.check(address.host());
        } catch (IllegalArgumentException e) {
            throw bad(Mistake.BAD_HOST, address.host(), e.getMessage());
        }
        return new Invite(address.host(), address.port(), fingerprint, password);
    }

    private record HostPort(String host, int port) {}

    private static boolean isTls(String scheme) {
        return switch (scheme) {
            case Invite.TLS_SCHEME -> true;
            case Invite.PLAINTEXT_SCHEME -> false;
            default -> throw bad(Mistake.UNKNOWN_SCHEME, scheme, "\"" + scheme + "://\" is not hearth:// or hearth+tcp://");
        };
    }

    private static HostPort hostAndPort(String text) {
        // A trailing slash is what some chat programs add when they turn the invite into a link.
        String authority = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        String host;
        String afterHost;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad(Mistake.IPV6_UNCLOSED, null, "the IPv6 address has '[' but no ']'");
            }
            host = InviteHost.fromBrackets(authority.substring(1, close));
            afterHost = authority.substring(close + 1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            afterHost = colon < 0 ? "" : authority.substring(colon);
            if (host.indexOf(':') >= 0) {
                throw bad(Mistake.IPV6_UNBRACKETED, null, "an IPv6 address must be in brackets, like [2001:db8::1]:7777");
            }
        }
        if (!afterHost.startsWith(":")) {
            throw bad(Mistake.NO_PORT, null, "the port is missing (HOST:PORT)");
        }
        return new HostPort(host, port(afterHost.substring(1)));
    }

    private static int port(String text) {
        boolean digits = !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        int port = digits ? Integer.parseInt(text) : 0;
        if (port < 1 || port > 65_535) {
            throw bad(Mistake.BAD_PORT, null, "the port must be a number from 1 to 65535");
        }
        return port;
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (values.put(key, decode(key, value)) != null) {
                throw bad(Mistake.REPEATED_KEY, key, "\"" + key + "\" appears more than once");
            }
        }
        return values;
    }

    private static String decode(String key, String value) {
        try {
            return PercentEncoding.decode(value);
        } catch (IllegalArgumentException e) {
            throw bad(Mistake.GARBLED_VALUE, key, "the value of \"" + key + "\" is garbled: " + e.getMessage());
        }
    }

    private static String withoutFragment(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static InvalidInviteException bad(Mistake mistake, String subject, String reason) {
        return new InvalidInviteException(mistake, subject, reason);
    }
}
