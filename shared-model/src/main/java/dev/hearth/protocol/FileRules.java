package dev.hearth.protocol;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The shape of what describes a file (protocol 1.1): its name, media type, SHA-256 and
 * thumbnail. Broken rules are {@code bad-request}s, as {@link Require}'s are.
 */
public final class FileRules {
    /** Longest file name, in code points. */
    public static final int MAX_NAME_CODE_POINTS = 255;
    /** RFC 6838: a type and a subtype, each a letter or digit then up to 126 of {@code !#$&-^_.+}, letters and digits. */
    private static final Pattern MIME = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private FileRules() {}

    /** 1 to 255 code points, without {@code /}, {@code \}, control characters or NUL. */
    public static void name(String name) {
        Require.present(name, "a file needs \"name\"");
        int codePoints = name.codePointCount(0, name.length());
        if (codePoints < 1 || codePoints > MAX_NAME_CODE_POINTS) {
            throw new IllegalArgumentException("\"name\" must be 1 to " + MAX_NAME_CODE_POINTS + " characters");
        }
        if (name.codePoints().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("\"name\" may not contain /, \\ or control characters");
        }
    }

    public static void mime(String mime) {
        Require.present(mime, "a file needs \"mime\"");
        if (!MIME.matcher(mime).matches()) {
            throw new IllegalArgumentException("\"mime\" must be a media type such as image/jpeg");
        }
    }

    public static void sha256(String sha256) {
        Require.present(sha256, "a file needs \"sha256\"");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("\"sha256\" must be 64 hexadecimal digits");
        }
    }

    public static void size(Long size) {
        Require.present(size, "a file needs \"size\"");
        if (size < 1) {
            throw new IllegalArgumentException("\"size\" must be 1 or more");
        }
    }

    /** Optional; base64 of at most {@value ProtocolDefaults#MAX_THUMB_BYTES} bytes. */
    public static void thumb(String thumb) {
        if (thumb == null) {
            return;
        }
        byte[] bytes = base64(thumb);
        if (bytes == null) {
            throw new IllegalArgumentException("\"thumb\" must be base64");
        }
        if (bytes.length > ProtocolDefaults.MAX_THUMB_BYTES) {
            throw new IllegalArgumentException("\"thumb\" may hold at most " + ProtocolDefaults.MAX_THUMB_BYTES + " bytes");
        }
    }

    /** The bytes of standard base64 {@code text} (padding as RFC 4648 has it), or null when it is not base64. */
    public static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
