package dev.hearth.client.files;

import java.nio.charset.StandardCharsets;

/**
 * Reading numbers out of a file's bytes. Callers check bounds first ({@link #need}), so a short
 * file becomes a {@link BadImageException}, never an index exception.
 */
final class Bytes {

    private Bytes() {
    }

    /** Fails unless {@code count} bytes start at {@code offset} (both non-negative as called). */
    static void need(byte[] b, long offset, long count, String format, String what) throws BadImageException {
        if (offset < 0 || count < 0 || offset + count > b.length) {
            throw new BadImageException(format + ": the file ends inside " + what + " (at byte " + offset + ")");
        }
    }

    static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    static int u16be(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    static int u16le(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8);
    }

    static int u24le(byte[] b, int i) {
        return u16le(b, i) | (u8(b, i + 2) << 16);
    }

    static long u32be(byte[] b, int i) {
        return ((long) u16be(b, i) << 16) | u16be(b, i + 2);
    }

    static long u32le(byte[] b, int i) {
        return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
    }

    static void putU32be(byte[] b, int i, long v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    static void putU32le(byte[] b, int i, long v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }

    /** Whether {@code prefix} lies at {@code offset} (false when the array is too short). */
    static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (offset < 0 || offset + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithAscii(byte[] b, int offset, String prefix) {
        return startsWith(b, offset, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Four bytes as text (chunk names); non-printable bytes shown as '?'. */
    static String fourCc(byte[] b, int i) {
        StringBuilder s = new StringBuilder(4);
        for (int k = 0; k < 4; k++) {
            int c = u8(b, i + k);
            s.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return s.toString();
    }
}
