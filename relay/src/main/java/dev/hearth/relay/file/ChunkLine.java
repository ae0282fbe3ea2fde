package dev.hearth.relay.file;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A {@code chunk} envelope's line built by hand: {@code {"type":"chunk","blob":"…","i":…,"data":"…"}}
 * and a newline, the same envelope the codec writes, without its work. Profiles of fifty readers
 * fetching showed the codec's escape check of each 44 KB base64 string as a fifth of the relay's
 * time, under the router's lock; base64 and a relay's own blob names never need escaping, so the
 * bytes go straight into the line.
 */
public final class ChunkLine {
    private static final byte[] START = "{\"type\":\"chunk\",\"blob\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX = "\",\"i\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = ",\"data\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\"}\n".getBytes(StandardCharsets.US_ASCII);

    private ChunkLine() {}

    /**
     * The line of chunk {@code i} of {@code blob}.
     *
     * @param blob a name the relay handed out ({@code [A-Za-z0-9_-]}), which JSON never escapes
     */
    public static byte[] of(String blob, long i, byte[] data) {
        byte[] name = blob.getBytes(StandardCharsets.US_ASCII);
        byte[] index = Long.toString(i).getBytes(StandardCharsets.US_ASCII);
        byte[] base64 = Base64.getEncoder().encode(data);
        byte[] line = new byte[START.length + name.length + INDEX.length + index.length + DATA.length + base64.length
                + END.length];
        int at = put(line, 0, START);
        at = put(line, at, name);
        at = put(line, at, INDEX);
        at = put(line, at, index);
        at = put(line, at, DATA);
        at = put(line, at, base64);
        put(line, at, END);
        return line;
    }

    /** The length of {@link #of}'s line for a chunk of {@code dataLength} bytes, without making it. */
    public static int length(String blob, long i, int dataLength) {
        return START.length + blob.length() + INDEX.length + Long.toString(i).length() + DATA.length
                + 4 * ((dataLength + 2) / 3) + END.length;
    }

    private static int put(byte[] line, int at, byte[] part) {
        System.arraycopy(part, 0, line, at, part.length);
        return at + part.length;
    }
}
