package dev.hearth.relay.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The relay's one key and certificate, handed to TLS directly. Going through a PKCS12 key store
 * instead encrypted the key with a password-based cipher only to decrypt it again at once, which
 * was most of the relay's start-up time over TLS, and protected nothing: the store lived in memory.
 */
final class SingleKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "relay";

    private final X509Certificate certificate;
    private final PrivateKey key;

    SingleKeyManager(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return matches(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return matches(keyType) ? ALIAS : null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return matches(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? new X509Certificate[] {certificate} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? key : null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    /** TLS 1.3 asks for the key's algorithm ("EC"); older names ("EC_EC") start with it. */
    private boolean matches(String keyType) {
        return keyType != null && keyType.startsWith(key.getAlgorithm());
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "SingleKeyManager[" + certificate.getSubjectX500Principal() + "]";
    }
}
