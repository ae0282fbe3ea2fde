package dev.hearth.client.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps the client's files private: {@code rwx------} for directories and {@code rw-------} for
 * files where the file system knows POSIX permissions. Elsewhere (Windows) the per-user profile
 * directory is already private, so nothing is done. Any thread.
 */
final class OwnerOnly {

    private OwnerOnly() {}

    static void restrictDirectory(Path dir) throws IOException {
        set(dir, "rwx------");
    }

    static void restrictFile(Path file) throws IOException {
        set(file, "rw-------");
    }

    private static void set(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
