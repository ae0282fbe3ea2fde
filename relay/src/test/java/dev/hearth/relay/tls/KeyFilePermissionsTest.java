package dev.hearth.relay.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Permission bits, not access: these hold when the tests run as root, who may read anything. */
class KeyFilePermissionsTest {

    @TempDir
    Path temp;

    private Path dir;
    private Path key;

    @BeforeEach
    void ownerOnlyKeyInAnOwnerOnlyDirectory() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        dir = Files.createDirectory(temp.resolve("data"));
        key = Files.writeString(dir.resolve(RelayIdentity.KEY_FILE), "key");
        chmod(dir, "rwx------");
        chmod(key, "rw-------");
    }

    @Test
    void ownerOnlyKeyPassesWithoutWarning() throws IOException {
        assertEquals(List.of(), KeyFilePermissions.check(key));
    }

    @Test
    void ownerOnlyKeyInADirectoryOthersCanOnlyReadPasses() throws IOException {
        chmod(dir, "rwxr-xr-x");

        assertEquals(List.of(), KeyFilePermissions.check(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw----r--", "r--r--r--"})
    void keyOthersCanReadPassesWithAWarningNamingTheFileAndTheFix(String permissions) throws IOException {
        chmod(key, permissions);

        List<String> warnings = KeyFilePermissions.check(key);

        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith(key + " can be read by users other than its owner (" + permissions
                + ")"), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("fix: chmod 600 " + key), warnings.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-rw-rw-", "rw-rw----", "rw-----w-"})
    void keyOthersCanChangeIsRefusedNamingTheFileAndTheFix(String permissions) throws IOException {
        chmod(key, permissions);

        IOException e = assertThrows(IOException.class, () -> KeyFilePermissions.check(key));

        assertTrue(e.getMessage().startsWith(key + " can be changed by users other than its owner"), e.getMessage());
        assertTrue(e.getMessage().endsWith("fix: chmod 600 " + key), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rwxrwxrwx", "rwxrwxr-x", "rwx---rwx"})
    void directoryOthersCanChangeIsRefusedNamingItAndTheFix(String permissions) throws IOException {
        chmod(dir, permissions);

        IOException e = assertThrows(IOException.class, () -> KeyFilePermissions.check(key));

        assertEquals(dir + " can be changed by users other than its owner (" + permissions
                + "), so they could replace the relay's key; fix: chmod go-w " + dir, e.getMessage());
    }

    @Test
    void directoryOthersCanChangeIsRefusedBeforeAKeyIsMadeInIt() throws IOException {
        Files.delete(key);
        chmod(dir, "rwxrwxrwx");

        IOException e = assertThrows(IOException.class, () -> KeyFilePermissions.check(key));

        assertTrue(e.getMessage().startsWith(dir + " can be changed"), e.getMessage());
    }

    @Test
    void noKeyYetMeansNoWarning() throws IOException {
        Files.delete(key);

        assertEquals(List.of(), KeyFilePermissions.check(key));
    }

    @Test
    void everyReasonToRefuseIsNamedAtOnce() throws IOException {
        chmod(dir, "rwxrwxrwx");
        chmod(key, "rw-rw-rw-");

        IOException e = assertThrows(IOException.class, () -> KeyFilePermissions.check(key));

        assertTrue(e.getMessage().contains("chmod go-w " + dir), e.getMessage());
        assertTrue(e.getMessage().contains("chmod 600 " + key), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line for the command line to print");
    }

    @Test
    void fixQuotesAPathWithSpacesSoItCanBePasted() throws IOException {
        Path spaced = Files.createDirectory(temp.resolve("Application Support"));
        Path spacedKey = Files.writeString(spaced.resolve(RelayIdentity.KEY_FILE), "key");
        chmod(spaced, "rwx------");
        chmod(spacedKey, "rw-r--r--");

        String warning = KeyFilePermissions.check(spacedKey).get(0);

        assertTrue(warning.endsWith("fix: chmod 600 '" + spacedKey + "'"), warning);
    }

    private static void chmod(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
}
