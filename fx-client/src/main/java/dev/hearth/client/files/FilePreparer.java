package dev.hearth.client.files;

import dev.hearth.client.net.OutgoingFile;
import dev.hearth.protocol.FileRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a file ready to send: a picture (known by its first bytes, never its name) is taken in
 * whole, stripped of its metadata and given a thumbnail; any other file is read from disk as it
 * is sent, only its SHA-256 worked out now. A picture that cannot be cleaned is refused rather than
 * sent as it is: its metadata would go with it.
 *
 * <p>Reads the whole file: call it off the FX thread.
 */
public final class FilePreparer {
    /** Pictures larger than this are sent as plain files: stripping works in memory. */
    static final long LARGEST_PICTURE = 64L << 20;
    private static final String ANY_BYTES = "application/octet-stream";

    private FilePreparer() {}

    /** Why a file cannot be sent. */
    public static final class NotSendable extends Exception {
        public NotSendable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A file on disk, offered under its own name. */
    public static PreparedFile prepare(Path path) throws NotSendable {
        String name = nameOf(path.getFileName() == null ? "file" : path.getFileName().toString());
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new NotSendable("the file is empty", null);
            }
            byte[] head = new byte[ImageKind.SNIFF_BYTES];
            int read;
            try (InputStream in = Files.newInputStream(path)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (size <= LARGEST_PICTURE && ImageKind.of(java.util.Arrays.copyOf(head, read)).isPresent()) {
                return picture(name, Files.readAllBytes(path));
            }
            return new PreparedFile(OutgoingFile.ofPath(name, mimeOf(path), path, size, sha256(path), null), null, Set.of());
        } catch (IOException e) {
            throw new NotSendable("the file cannot be read: " + e.getMessage(), e);
        }
    }

    /** A picture held in memory (pasted, say), offered as {@code name}. */
    public static PreparedFile picture(String name, byte[] bytes) throws NotSendable {
        StrippedImage stripped;
        try {
            stripped = MetadataStripper.strip(bytes);
        } catch (BadImageException e) {
            throw new NotSendable("the picture cannot be cleaned of its details (" + e.getMessage() + ")", e);
        }
        Thumbnail thumbnail;
        try {
            thumbnail = Thumbnails.of(stripped);
        } catch (BadImageException e) {
            thumbnail = null; // a picture Java cannot draw (a CMYK JPEG) still goes, cleaned, as a file
        }
        String thumb = thumbnail == null ? null : Base64.getEncoder().encodeToString(thumbnail.bytes());
        OutgoingFile file = OutgoingFile.ofBytes(name, stripped.kind().mime(), stripped.bytes(), sha256(stripped.bytes()),
                thumb);
        return new PreparedFile(file, thumbnail, stripped.removed());
    }

    /** A name the protocol takes: no path separators or control characters, at most 255 characters. */
    static String nameOf(String raw) {
        StringBuilder clean = new StringBuilder();
        raw.codePoints().forEach(c -> {
            if (c == '/' || c == '\\' || Character.isISOControl(c)) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String name = clean.toString().strip();
        if (name.isEmpty()) {
            name = "file";
        }
        if (name.codePointCount(0, name.length()) > FileRules.MAX_NAME_CODE_POINTS) {
            name = name.substring(0, name.offsetByCodePoints(0, FileRules.MAX_NAME_CODE_POINTS));
        }
        return name;
    }

    private static String mimeOf(Path path) {
        String probed;
        try {
            probed = Files.probeContentType(path);
        } catch (IOException e) {
            probed = null;
        }
        return Optional.ofNullable(probed).filter(FilePreparer::validMime).orElse(ANY_BYTES);
    }

    private static boolean validMime(String mime) {
        try {
            FileRules.mime(mime);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
