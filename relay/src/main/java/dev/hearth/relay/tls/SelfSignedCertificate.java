package dev.hearth.relay.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The relay's EC P-256 key and self-signed certificate. Clients pin the public key, not a CA,
 * so the certificate only has to carry the key; it is valid for 20 years because rotating it
 * would change nothing a client checks.
 */
final class SelfSignedCertificate {

    static final String SUBJECT = "CN=Hearth relay";
    private static final String CURVE = "secp256r1";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final int VALIDITY_YEARS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedCertificate() {}

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
        return generator.generateKeyPair();
    }

    static X509Certificate issue(KeyPair pair) throws GeneralSecurityException {
        X500Name name = new X500Name(SUBJECT);
        // Positive and at most 20 octets, as RFC 5280 asks of serial numbers.
        BigInteger serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
        Instant now = Instant.now();
        // A day of slack for peers whose clocks run behind.
        Date notBefore = Date.from(now.minus(Duration.ofDays(1)));
        Date notAfter = Date.from(now.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant());
        X509v3CertificateBuilder builder =
                new JcaX509v3CertificateBuilder(name, serial, notBefore, notAfter, name, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(pair.getPrivate())));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build the relay certificate", e);
        }
    }

    /**
     * Recomputes the public half of a P-256 key (Q = d·G), so that a lost certificate can be
     * re-issued for the same key and the relay keeps its fingerprint.
     */
    static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof ECPrivateKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new InvalidKeyException("not an EC P-256 key");
        }
        X9ECParameters curve = ECNamedCurveTable.getByName(CURVE);
        org.bouncycastle.math.ec.ECPoint q = curve.getG().multiply(ec.getS()).normalize();
        ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, ec.getParams()));
    }

    /** Whether {@code key} is the private half of {@code certificate}: signs a random probe and verifies it. */
    static boolean belongTogether(X509Certificate certificate, PrivateKey key) {
        try {
            byte[] probe = new byte[32];
            RANDOM.nextBytes(probe);
            Signature signer = Signature.getInstance(SIGNATURE);
            signer.initSign(key);
            signer.update(probe);
            Signature verifier = Signature.getInstance(SIGNATURE);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signer.sign());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
