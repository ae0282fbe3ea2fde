package dev.hearth.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one store for what Hearth writes to disk, the relay (its identity, its generated password)
 * and the client (settings, pinned relay keys) alike: creates directories and files so that only
 * the user can read them, writes whole files atomically, and sets a damaged file aside rather than
 * replacing it. On POSIX file systems the permissions are part of the create call, so there is no
 * moment in which a key is readable by others; elsewhere (Windows) an owner-only ACL is set right
 * after creation. Any thread; callers serialise writes to one file.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {}

    /** Creates {@code dir} (and missing parents) owner-only; an existing directory is left as the operator set it up. */
    public static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (isPosix(dir)) {
            Files.createDirectories(dir, posix("rwx------"));
        } else {
            Files.createDirectories(dir);
            restrictAcl(dir, true);
        }
    }

    /**
     * Writes {@code content} to a temporary file next to {@code target}, forces it to disk and
     * renames it over {@code target}, so a crash leaves either the whole file or none.
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #writeAtomically(Path, String)}, for bytes. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code file} empty and owner-only unless it exists, for a program that then opens it
     * itself (SQLite, which gives its journal files the mode of the database file).
     */
    public static void createFileIfAbsent(Path file) throws IOException {
        try {
            if (isPosix(file)) {
                Files.createFile(file, posix("rw-------"));
            } else {
                Files.createFile(file);
                restrictAcl(file, false);
            }
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            // kept as it is: it may hold what the user wants to keep
        }
    }

    /**
     * Makes an existing file owner-only: one another part of the program wrote and moved into
     * place (a fetched file), inside a directory that is owner-only already.
     */
    public static void restrictToOwner(Path file) throws IOException {
        if (isPosix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            restrictAcl(file, false);
        }
    }

    /**
     * Moves a damaged file out of the way, next to where it was, so that it can be looked at and a
     * new one written; never deletes it.
     *
     * @return where it now is
     */
    public static Path setAside(Path file, java.time.Instant now) throws IOException {
        String stamp = now.toString().replace(':', '-');
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /** Atomic where the file system can; a plain replace where it cannot (some network shares). */
    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path createTempFile(Path dir, String prefix) throws IOException {
        if (isPosix(dir)) {
            return Files.createTempFile(dir, prefix, ".tmp", posix("rw-------"));
        }
        Path temp = Files.createTempFile(dir, prefix, ".tmp");
        restrictAcl(temp, false);
        return temp;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?> posix(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }

    /** Best effort: a file system with neither POSIX permissions nor ACLs has nothing to restrict. */
    private static void restrictAcl(Path path, boolean directory) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<AclEntryFlag> inherit = directory
                ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                : EnumSet.noneOf(AclEntryFlag.class);
        AclEntry ownerOnly = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(inherit)
                .build();
        view.setAcl(List.of(ownerOnly));
    }
}
