package dev.hearth.lan;

import dev.hearth.protocol.Fingerprint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The DNS-SD contract of a relay on the local network: the service type, and the TXT record's
 * keys written by {@link #write} and read back by {@link #read}.
 *
 * <ul>
 *   <li>{@value #TXT_VERSION} = {@code 1}: the layout of this record (RFC 6763 §6.7); another value
 *       is a layout this reader does not know, and is refused.</li>
 *   <li>{@value #PROTOCOL} = the protocol version the relay speaks, e.g. {@code 1}.</li>
 *   <li>{@value #FINGERPRINT} = the relay's {@code sha256:} identity, absent for a relay without TLS.</li>
 *   <li>{@value #PASSWORD} = {@code 1} when the relay asks for a password, {@code 0} when it is open.</li>
 * </ul>
 *
 * Keys compare case-insensitively and unknown keys are ignored (RFC 6763 §6.4, §6.6), so a later
 * relay may add keys without breaking older clients. Any thread; no sockets.
 */
public final class LanTxt {

    /** DNS-SD service type, in jmDNS's fully qualified form. */
    public static final String SERVICE_TYPE = "_hearth._tcp.local.";

    public static final String TXT_VERSION = "txtvers";
    public static final String PROTOCOL = "proto";
    public static final String FINGERPRINT = "fp";
    public static final String PASSWORD = "pw";

    private static final String LAYOUT = "1";
    /** Short enough for any version number, long enough never to matter. */
    private static final int MAX_PROTOCOL_DIGITS = 4;

    private LanTxt() {}

    /** The TXT key/values announcing {@code record}, in the order RFC 6763 suggests (version first). */
    public static Map<String, String> write(LanRecord record) {
        Map<String, String> txt = new LinkedHashMap<>();
        txt.put(TXT_VERSION, LAYOUT);
        txt.put(PROTOCOL, Integer.toString(record.protocol()));
        if (record.fingerprint() != null) {
            txt.put(FINGERPRINT, record.fingerprint());
        }
        txt.put(PASSWORD, record.passwordRequired() ? "1" : "0");
        return txt;
    }

    /**
     * The announcement of instance {@code name} resolved to {@code host}:{@code port} with TXT
     * {@code txt} (a key given without {@code =} maps to null).
     *
     * @throws InvalidLanRecordException naming the first thing wrong
     */
    public static LanRecord read(String name, String host, int port, Map<String, String> txt) {
        Map<String, String> keys = lowerCaseKeys(txt);
        String layout = keys.get(TXT_VERSION);
        if (layout != null && !layout.equals(LAYOUT)) {
            throw new InvalidLanRecordException("TXT layout " + shortened(layout) + " is not known (" + TXT_VERSION
                    + "=" + LAYOUT + " is)");
        }
        int protocol = protocol(keys.get(PROTOCOL));
        String fingerprint = keys.get(FINGERPRINT);
        if (keys.containsKey(FINGERPRINT) && !Fingerprint.isWellFormed(fingerprint)) {
            throw new InvalidLanRecordException(FINGERPRINT + " is not sha256: and 43 base64url characters");
        }
        boolean password = password(keys.get(PASSWORD), keys.containsKey(PASSWORD));
        try {
            return new LanRecord(name, host, port, fingerprint, password, protocol);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidLanRecordException(e.getMessage());
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> txt) {
        if (txt == null) {
            throw new InvalidLanRecordException("there is no TXT record");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        txt.forEach((key, value) -> {
            if (key != null) {
                keys.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        });
        return keys;
    }

    private static int protocol(String value) {
        if (value == null) {
            throw new InvalidLanRecordException(PROTOCOL + " (the protocol version) is missing");
        }
        if (value.isEmpty() || value.length() > MAX_PROTOCOL_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidLanRecordException(PROTOCOL + " is not a version number: " + shortened(value));
        }
        return Integer.parseInt(value);
    }

    private static boolean password(String value, boolean present) {
        if (!present || value == null) {
            throw new InvalidLanRecordException(PASSWORD + " (whether a password is needed) is missing");
        }
        return switch (value) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new InvalidLanRecordException(PASSWORD + " is 1 or 0, not " + shortened(value));
        };
    }

    /** A spoofed announcement may carry anything; an error repeats at most a few printable characters. */
    private static String shortened(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c)).limit(16)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + printable + (value.codePointCount(0, value.length()) > 16 ? "…" : "") + "'";
    }
}
