package dev.hearth.relay.bench;

import dev.hearth.protocol.Fingerprint;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The load tool's TLS 1.3: pinned to the fingerprint it was given, like the client, or, without
 * one, taking the key the relay shows and reporting it (a load tool aimed at one's own relay).
 */
final class BenchTls {

    private final SSLContext context;
    private final AtomicReference<String> seen = new AtomicReference<>();

    BenchTls(String pinned) {
        try {
            context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {new Pinning(pinned)}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS 1.3 is not available: " + e.getMessage(), e);
        }
    }

    SSLContext context() {
        return context;
    }

    /** The fingerprint the relay presented, once a handshake has happened. */
    String seen() {
        return seen.get();
    }

    private final class Pinning implements X509TrustManager {
        private final String pinned;

        Pinning(String pinned) {
            this.pinned = pinned;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the relay presented no certificate");
            }
            String presented = Fingerprint.of(chain[0].getPublicKey());
            if (pinned != null && !pinned.equals(presented)) {
                throw new CertificateException("the relay's key " + presented + " is not the pinned " + pinned);
            }
            seen.compareAndSet(null, presented);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the load tool is a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
