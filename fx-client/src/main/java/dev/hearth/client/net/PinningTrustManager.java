package dev.hearth.client.net;

import dev.hearth.protocol.Fingerprint;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one key: the relay's pinned SPKI fingerprint. A self-signed relay has no CA to
 * vouch for it and its host name may be anything behind port forwarding, so the pin alone is the
 * identity (like SSH's known_hosts). With no pin, every key is refused but the one presented is
 * remembered, so the user can be shown it. One instance per connection attempt; the handshake
 * thread writes {@link #presented()}, the same thread reads it after the handshake.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    private final String expected;
    private volatile String presented;

    /** @param expected the pinned fingerprint, or null to refuse everything and only look */
    PinningTrustManager(String expected) {
        this.expected = expected;
    }

    /** The fingerprint the relay presented, or null before the handshake reached the certificate. */
    String presented() {
        return presented;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the relay presented no certificate");
        }
        presented = Fingerprint.of(chain[0].getPublicKey());
        if (expected == null) {
            throw new CertificateException("relay not pinned yet: " + presented);
        }
        if (!expected.equals(presented)) {
            throw new CertificateException("relay key does not match its pin");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client never accepts client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
