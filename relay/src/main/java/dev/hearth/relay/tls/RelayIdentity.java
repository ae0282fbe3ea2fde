package dev.hearth.relay.tls;

import dev.hearth.protocol.Fingerprint;
import dev.hearth.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Who the relay is to its clients: an EC P-256 key and a self-signed certificate for it, kept
 * as PEM in the data directory ({@value #CERTIFICATE_FILE}, {@value #KEY_FILE}) and reused on
 * every start, so the {@link #fingerprint()} friends have pinned stays valid. The key file is
 * the identity; a missing certificate is re-issued for it.
 */
public final class RelayIdentity {

    public static final String CERTIFICATE_FILE = "relay-certificate.pem";
    public static final String KEY_FILE = "relay-key.pem";

    private static final System.Logger LOG = System.getLogger(RelayIdentity.class.getName());

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final String fingerprint;

    private RelayIdentity(X509Certificate certificate, PrivateKey privateKey) {
        this.certificate = Objects.requireNonNull(certificate);
        this.privateKey = Objects.requireNonNull(privateKey);
        this.fingerprint = Fingerprint.of(certificate.getPublicKey());
    }

    /**
     * Loads the identity stored in {@code dataDir}, creating the directory (owner-only) and a new
     * identity on first start.
     *
     * @throws IOException naming the file when the directory cannot be written or a file is
     *     damaged, missing its partner or not readable, or when users other than the owner could
     *     replace the key (see {@link KeyFilePermissions})
     */
    public static RelayIdentity loadOrCreate(Path dataDir) throws IOException {
        OwnerOnlyFiles.createDirectories(dataDir);
        Path certificateFile = dataDir.resolve(CERTIFICATE_FILE);
        Path keyFile = dataDir.resolve(KEY_FILE);
        // Before the key is read or written: a key others may have swapped is never used, nor made where they could.
        for (String warning : KeyFilePermissions.check(keyFile)) {
            LOG.log(System.Logger.Level.WARNING, "{0}", warning);
        }
        boolean hasKey = Files.exists(keyFile);
        boolean hasCertificate = Files.exists(certificateFile);
        if (!hasKey && hasCertificate) {
            throw new IOException(keyFile + " is missing, so " + certificateFile + " is useless: restore the key"
                    + " from a backup, or delete the certificate to create a new identity (friends must then"
                    + " accept a new fingerprint)");
        }
        if (!hasKey) {
            return create(certificateFile, keyFile);
        }
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        X509Certificate certificate =
                hasCertificate ? PemFiles.readCertificate(certificateFile) : reissue(certificateFile, keyFile, key);
        if (!SelfSignedCertificate.belongTogether(certificate, key)) {
            throw new IOException(certificateFile + " does not belong to " + keyFile
                    + ": delete the certificate and it will be re-issued for the key");
        }
        return new RelayIdentity(certificate, key);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code sha256:} + unpadded base64url SHA-256 of the certificate's SubjectPublicKeyInfo. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A fresh TLS 1.3 context serving this identity; wrap accepted sockets with {@link ServerTls#wrapServerSide}. */
    public SSLContext serverContext() {
        return ServerTls.context(certificate, privateKey);
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** Writes the key before the certificate: whichever moment a crash hits, the key is whole or absent. */
    private static RelayIdentity create(Path certificateFile, Path keyFile) throws IOException {
        try {
            KeyPair pair = SelfSignedCertificate.newKeyPair();
            X509Certificate certificate = SelfSignedCertificate.issue(pair);
            OwnerOnlyFiles.writeAtomically(keyFile, PemFiles.privateKeyPem(pair.getPrivate()));
            OwnerOnlyFiles.writeAtomically(certificateFile, PemFiles.certificatePem(certificate));
            RelayIdentity identity = new RelayIdentity(certificate, pair.getPrivate());
            LOG.log(System.Logger.Level.INFO, "created relay identity {0} in {1}", identity.fingerprint(),
                    keyFile.getParent());
            return identity;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot create an EC P-256 key", e);
        }
    }

    private static X509Certificate reissue(Path certificateFile, Path keyFile, PrivateKey key) throws IOException {
        try {
            X509Certificate certificate =
                    SelfSignedCertificate.issue(new KeyPair(SelfSignedCertificate.publicKeyOf(key), key));
            OwnerOnlyFiles.writeAtomically(certificateFile, PemFiles.certificatePem(certificate));
            LOG.log(System.Logger.Level.WARNING, "{0} was missing; re-issued it for the key in {1}", certificateFile,
                    keyFile);
            return certificate;
        } catch (GeneralSecurityException e) {
            throw new IOException(keyFile + " is unusable: " + e.getMessage(), e);
        }
    }
}
