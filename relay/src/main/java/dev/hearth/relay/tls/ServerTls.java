package dev.hearth.relay.tls;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * The relay's side of TLS: version 1.3 only, with the relay's own key and certificate, and only the
 * cheap key exchanges of {@link KeyExchangeGroups}.
 */
public final class ServerTls {

    public static final String PROTOCOL = "TLSv1.3";

    private ServerTls() {}

    /**
     * Turns an accepted plain socket into the server end of a TLS 1.3 connection; closing the
     * returned socket closes {@code raw}. The handshake runs on first read or write, so on the
     * thread that serves the connection, never on the accept thread.
     */
    public static SSLSocket wrapServerSide(SSLContext context, Socket raw) throws IOException {
        String peer = raw.getInetAddress() == null ? null : raw.getInetAddress().getHostAddress();
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, peer, raw.getPort(), true);
        socket.setUseClientMode(false);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {PROTOCOL});
        String[] supportedGroups = context.getSupportedSSLParameters().getNamedGroups();
        parameters.setNamedGroups(KeyExchangeGroups.chooseFrom(supportedGroups));
        socket.setSSLParameters(parameters);
        return socket;
    }

    static SSLContext context(X509Certificate certificate, PrivateKey key) {
        try {
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            // No trust managers: the relay asks no client for a certificate. The default ones would
            // read the JDK's whole store of certificate authorities, about 60 ms of a start.
            context.init(new KeyManager[] {new SingleKeyManager(certificate, key)}, new TrustManager[0], null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot set up TLS 1.3 with an EC key", e);
        }
    }
}
