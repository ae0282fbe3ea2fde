package dev.hearth.relay.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether the relay's private key is safe where it lies, judged by its POSIX permission bits
 * rather than by trying to open it, so the verdict is the same when the relay runs as root.
 *
 * <p>A key that other users can read may already have been copied; the relay cannot undo that,
 * so it warns. A key that other users can change, or a directory in which they can replace it,
 * lets them swap in a key of their own and pose as the relay to everyone who pinned it; the relay
 * refuses to start. On file systems without POSIX permissions (Windows) nothing is checked.
 */
final class KeyFilePermissions {

    private static final Set<PosixFilePermission> READ_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    private static final Set<PosixFilePermission> WRITE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private KeyFilePermissions() {}

    /**
     * Checks {@code keyFile}, if it exists, and the directory it is (or will be) in.
     *
     * @return warnings for the operator, each naming the file and the command that fixes it
     * @throws IOException naming the file or directory and the fix, when other users can change either
     */
    static List<String> check(Path keyFile) throws IOException {
        Path dir = Objects.requireNonNullElse(keyFile.getParent(), keyFile.toAbsolutePath().getParent());
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return List.of();
        }
        List<String> refusals = new ArrayList<>();
        Set<PosixFilePermission> dirPermissions = Files.getPosixFilePermissions(dir);
        if (anyOf(dirPermissions, WRITE_BY_OTHERS)) {
            refusals.add(dir + " can be changed by users other than its owner (" + text(dirPermissions)
                    + "), so they could replace the relay's key; fix: chmod go-w " + ShellWord.quote(dir));
        }
        if (!Files.exists(keyFile)) {
            return refuseIfAny(refusals);
        }
        Set<PosixFilePermission> keyPermissions = Files.getPosixFilePermissions(keyFile);
        if (anyOf(keyPermissions, WRITE_BY_OTHERS)) {
            refusals.add(keyFile + " can be changed by users other than its owner (" + text(keyPermissions)
                    + "), so they could replace the relay's key; fix: chmod 600 " + ShellWord.quote(keyFile));
        }
        refuseIfAny(refusals);
        if (anyOf(keyPermissions, READ_BY_OTHERS)) {
            return List.of(keyFile + " can be read by users other than its owner (" + text(keyPermissions)
                    + "); anyone who copies it can pose as this relay; fix: chmod 600 " + ShellWord.quote(keyFile));
        }
        return List.of();
    }

    /** One exception for all problems, so the operator fixes them in one go rather than one per start. */
    private static List<String> refuseIfAny(List<String> refusals) throws IOException {
        if (!refusals.isEmpty()) {
            throw new IOException(String.join("; ", refusals));
        }
        return List.of();
    }

    private static boolean anyOf(Set<PosixFilePermission> permissions, Set<PosixFilePermission> wanted) {
        return wanted.stream().anyMatch(permissions::contains);
    }

    private static String text(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.toString(permissions);
    }
}
