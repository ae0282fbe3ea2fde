package dev.hearth.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file store of relay and client, on a real file system. */
class OwnerOnlyFilesTest {

    @TempDir
    Path temp;

    @Test
    void directoriesAndFilesAreTheOwnersOnlyAndNoTemporaryFileIsLeft() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path dir = temp.resolve("a").resolve("b");
        OwnerOnlyFiles.createDirectories(dir);
        OwnerOnlyFiles.writeAtomically(dir.resolve("secret"), "key\n");
        OwnerOnlyFiles.writeAtomically(dir.resolve("secret"), "new key\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret"))));
        assertEquals("new key\n", Files.readString(dir.resolve("secret")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("secret"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aFileWrittenElsewhereIsMadeTheOwnersOnly() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(temp.resolve("fetched"), "bytes",
                java.nio.charset.StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnlyFiles.restrictToOwner(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("bytes", Files.readString(file));
    }

    @Test
    void aDamagedFileIsMovedAsideNextToWhereItWasAsItWas() throws Exception {
        Path file = Files.writeString(temp.resolve("pins.json"), "{damaged");
        Path aside = OwnerOnlyFiles.setAside(file, Instant.parse("2026-12-05T06:00:00Z"));

        assertEquals(temp.resolve("pins.json.damaged-2026-12-05T06-00-00Z"), aside);
        assertEquals("{damaged", Files.readString(aside));
        assertFalse(Files.exists(file));
    }
}
