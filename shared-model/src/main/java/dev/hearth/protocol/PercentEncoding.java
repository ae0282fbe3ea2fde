package dev.hearth.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of UTF-8 text, for invite query values. Unlike
 * {@link java.net.URLEncoder} (HTML form encoding) a space becomes {@code %20}, never {@code +},
 * and {@code +} is an ordinary character when decoding.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes every byte outside RFC 3986 "unreserved" (ALPHA, DIGIT, - . _ ~). */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            if (isUnreserved(u)) {
                out.append((char) u);
            } else {
                out.append('%').append(HEX[u >> 4]).append(HEX[u & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8. Characters that should have been escaped but were
     * pasted raw (a space, {@code 密码}) are taken as they are: a person typed them.
     *
     * @throws IllegalArgumentException for a broken escape or bytes that are not UTF-8
     */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(escapedByte(text, i));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return strictUtf8(bytes.toByteArray());
    }

    private static int escapedByte(String text, int at) {
        int hi = at + 1 < text.length() ? hexValue(text.charAt(at + 1)) : -1;
        int lo = at + 2 < text.length() ? hexValue(text.charAt(at + 2)) : -1;
        if (hi < 0 || lo < 0) {
            throw new IllegalArgumentException("'%' must be followed by two hex digits");
        }
        return hi << 4 | lo;
    }

    /** ASCII only: {@link Character#digit} would also accept fullwidth and other digits. */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-escapes do not form UTF-8 text");
        }
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
