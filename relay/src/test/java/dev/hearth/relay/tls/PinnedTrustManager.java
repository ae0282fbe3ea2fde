package dev.hearth.relay.tls;

import dev.hearth.protocol.Fingerprint;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A client's trust decision as the protocol defines it: the server is trusted exactly when its
 * certificate's public key has the pinned fingerprint. Extends the "extended" variant so the JDK
 * does not wrap it with host-name checks that a pinned self-signed relay cannot pass.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

    private final String pinned;

    public PinnedTrustManager(String pinned) {
        this.pinned = pinned;
    }

    /** A client context that trusts only the pinned relay; {@code protocol} is e.g. "TLS". */
    public static SSLContext clientContext(String pinned, String protocol) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(null, new TrustManager[] {new PinnedTrustManager(pinned)}, null);
        return context;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        String actual = Fingerprint.of(chain[0].getPublicKey());
        if (!actual.equals(pinned)) {
            throw new CertificateException("relay fingerprint " + actual + " is not the pinned " + pinned);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("clients never present certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
