package dev.hearth.relay.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayIdentityTest {

    @TempDir
    Path temp;

    @Test
    void createsOwnerOnlyDirectoryAndFilesOnFirstStart() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path dataDir = temp.resolve("data").resolve("hearth-relay");

        RelayIdentity.loadOrCreate(dataDir);

        assertEquals("rwx------", permissions(dataDir));
        assertEquals("rw-------", permissions(dataDir.resolve(RelayIdentity.KEY_FILE)));
        assertEquals("rw-------", permissions(dataDir.resolve(RelayIdentity.CERTIFICATE_FILE)));
        try (var files = Files.list(dataDir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void storesPemFiles() throws IOException {
        RelayIdentity.loadOrCreate(temp);

        assertTrue(Files.readString(temp.resolve(RelayIdentity.KEY_FILE)).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(temp.resolve(RelayIdentity.CERTIFICATE_FILE))
                .startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void reusesTheStoredIdentityOnLaterStarts() throws IOException {
        String first = RelayIdentity.loadOrCreate(temp).fingerprint();

        assertEquals(first, RelayIdentity.loadOrCreate(temp).fingerprint());
    }

    @Test
    void differentDataDirectoriesGetDifferentIdentities() throws IOException {
        assertNotEquals(RelayIdentity.loadOrCreate(temp.resolve("a")).fingerprint(),
                RelayIdentity.loadOrCreate(temp.resolve("b")).fingerprint());
    }

    @Test
    void fingerprintIsUnpaddedBase64UrlSha256OfSubjectPublicKeyInfo() throws Exception {
        RelayIdentity identity = RelayIdentity.loadOrCreate(temp);

        byte[] spki = identity.certificate().getPublicKey().getEncoded();
        String expected = "sha256:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        assertEquals(expected, identity.fingerprint());
        assertEquals(43, identity.fingerprint().length() - "sha256:".length());
        assertTrue(identity.fingerprint().matches("sha256:[A-Za-z0-9_-]{43}"));
    }

    @Test
    void certificateIsSelfSignedP256ForHearthRelayAndLongLived() throws Exception {
        X509Certificate certificate = RelayIdentity.loadOrCreate(temp).certificate();

        assertEquals("CN=Hearth relay", certificate.getSubjectX500Principal().getName());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        certificate.verify(certificate.getPublicKey());
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        assertEquals(256, ((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField().getFieldSize());
        assertTrue(certificate.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(19 * 365))));
        certificate.checkValidity();
    }

    @Test
    void reissuesALostCertificateForTheSameKey() throws IOException {
        String fingerprint = RelayIdentity.loadOrCreate(temp).fingerprint();
        Files.delete(temp.resolve(RelayIdentity.CERTIFICATE_FILE));

        assertEquals(fingerprint, RelayIdentity.loadOrCreate(temp).fingerprint());
        assertTrue(Files.exists(temp.resolve(RelayIdentity.CERTIFICATE_FILE)));
    }

    @Test
    void refusesACertificateWhoseKeyIsLost() throws IOException {
        RelayIdentity.loadOrCreate(temp);
        Files.delete(temp.resolve(RelayIdentity.KEY_FILE));

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertTrue(e.getMessage().contains(RelayIdentity.KEY_FILE + " is missing"), e.getMessage());
    }

    @Test
    void refusesACertificateThatBelongsToAnotherKey() throws IOException {
        RelayIdentity.loadOrCreate(temp.resolve("a"));
        RelayIdentity.loadOrCreate(temp.resolve("b"));
        Files.copy(temp.resolve("b").resolve(RelayIdentity.CERTIFICATE_FILE),
                temp.resolve("a").resolve(RelayIdentity.CERTIFICATE_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp.resolve("a")));

        assertTrue(e.getMessage().contains("does not belong to"), e.getMessage());
    }

    @Test
    void corruptKeyGivesAMessageNamingTheFile() throws IOException {
        RelayIdentity.loadOrCreate(temp);
        Path key = temp.resolve(RelayIdentity.KEY_FILE);
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n-----END PRIVATE KEY-----\n");

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertTrue(e.getMessage().startsWith(key + " is unusable: "), e.getMessage());
    }

    @Test
    void garbageCertificateGivesAMessageNamingTheFile() throws IOException {
        RelayIdentity.loadOrCreate(temp);
        Path certificate = temp.resolve(RelayIdentity.CERTIFICATE_FILE);
        Files.writeString(certificate, "hello\n");

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertEquals(certificate + " is unusable: it contains no PEM block (expected a certificate)", e.getMessage());
    }

    @Test
    void keyInTheCertificateFileIsReportedAsTheWrongKindOfPem() throws IOException {
        RelayIdentity.loadOrCreate(temp);
        Path certificate = temp.resolve(RelayIdentity.CERTIFICATE_FILE);
        Files.copy(temp.resolve(RelayIdentity.KEY_FILE), certificate, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertTrue(e.getMessage().startsWith(certificate + " is unusable: it holds no certificate"), e.getMessage());
    }

    @Test
    void dataDirectoryThatIsAFileGivesAnError() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(file.resolve("sub")));
    }

    @Test
    void startsWithAKeyOthersCanRead() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        String fingerprint = RelayIdentity.loadOrCreate(temp).fingerprint();
        chmod(temp.resolve(RelayIdentity.KEY_FILE), "rw-r--r--");

        assertEquals(fingerprint, RelayIdentity.loadOrCreate(temp).fingerprint());
    }

    @Test
    void startsWithAnOwnerOnlyKeyInADirectoryOthersCanOnlyRead() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        String fingerprint = RelayIdentity.loadOrCreate(temp).fingerprint();
        chmod(temp, "rwxr-xr-x");

        assertEquals(fingerprint, RelayIdentity.loadOrCreate(temp).fingerprint());
    }

    @Test
    void refusesAKeyOthersCanChange() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        RelayIdentity.loadOrCreate(temp);
        Path key = temp.resolve(RelayIdentity.KEY_FILE);
        chmod(key, "rw-rw-rw-");

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertTrue(e.getMessage().startsWith(key + " can be changed by users other than its owner"), e.getMessage());
        assertTrue(e.getMessage().contains("chmod 600 " + key), e.getMessage());
    }

    @Test
    void refusesAKeyInADirectoryOthersCanChange() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        RelayIdentity.loadOrCreate(temp);
        chmod(temp, "rwxrwxrwx");

        IOException e = assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertTrue(e.getMessage().startsWith(temp + " can be changed by users other than its owner"), e.getMessage());
        assertTrue(e.getMessage().contains("chmod go-w " + temp), e.getMessage());
    }

    @Test
    void makesNoIdentityInADirectoryOthersCanChange() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        chmod(temp, "rwxrwxr-x");

        assertThrows(IOException.class, () -> RelayIdentity.loadOrCreate(temp));

        assertFalse(Files.exists(temp.resolve(RelayIdentity.KEY_FILE)));
    }

    private static void chmod(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
