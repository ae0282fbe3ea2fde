package dev.hearth.relay.tls;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.PEMParser;

/**
 * PEM text for the relay's certificate and its PKCS#8 private key. Reading never shows the
 * operator a stack trace: every failure becomes an {@link IOException} naming the file.
 */
final class PemFiles {

    private PemFiles() {}

    static String certificatePem(X509Certificate certificate) throws IOException {
        return toPem(certificate);
    }

    static String privateKeyPem(PrivateKey key) throws IOException {
        return toPem(new JcaPKCS8Generator(key, null));
    }

    static X509Certificate readCertificate(Path file) throws IOException {
        Object pem = readPem(file, "a certificate");
        if (!(pem instanceof X509CertificateHolder holder)) {
            throw unusable(file, "it holds no certificate (" + describe(pem) + ")", null);
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw unusable(file, "the certificate cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads an EC key; the relay never writes any other kind. */
    static PrivateKey readPrivateKey(Path file) throws IOException {
        Object pem = readPem(file, "a private key");
        if (!(pem instanceof PrivateKeyInfo info)) {
            throw unusable(file, "it holds no PKCS#8 private key (" + describe(pem) + ")", null);
        }
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw unusable(file, "the key is not an EC private key: " + e.getMessage(), e);
        }
    }

    private static String toPem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    /** BouncyCastle reports damaged PEM with assorted unchecked exceptions, hence the wide catch. */
    private static Object readPem(Path file, String expected) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        Object pem;
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            pem = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw unusable(file, "it is not valid PEM (" + e.getMessage() + ")", e);
        }
        if (pem == null) {
            throw unusable(file, "it contains no PEM block (expected " + expected + ")", null);
        }
        return pem;
    }

    private static String describe(Object pem) {
        return "found " + pem.getClass().getSimpleName();
    }

    private static IOException unusable(Path file, String reason, Exception cause) {
        return new IOException(file + " is unusable: " + reason, cause);
    }
}
