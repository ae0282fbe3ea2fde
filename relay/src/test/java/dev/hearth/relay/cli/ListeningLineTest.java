package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.protocol.Invite;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ListeningLineTest {

    private static final String FP = "sha256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

    @Test
    void tlsLineCarriesAddressFingerprintAndInvite() throws Exception {
        String line = ListeningLine.format("1.0.0", new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 7777), FP,
                Invite.tls("myhost", 7777, FP, null));

        assertEquals("hearth-relay 1.0.0 listening on 0.0.0.0:7777 fingerprint " + FP
                + " invite hearth://myhost:7777?fp=" + FP, line);
    }

    @Test
    void plaintextLineSaysSoAndHasAPlaintextInvite() throws Exception {
        String line = ListeningLine.format("1.0.0", new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 4000),
                null, Invite.plaintext("127.0.0.1", 4000, null));

        assertEquals("hearth-relay 1.0.0 listening on 127.0.0.1:4000 plaintext (no TLS)"
                + " invite hearth+tcp://127.0.0.1:4000", line);
    }

    @Test
    void ipv6WildcardShowsAsIpv4Wildcard() throws Exception {
        assertEquals("0.0.0.0:1", ListeningLine.hostAndPort(new InetSocketAddress(InetAddress.getByName("::"), 1)));
    }

    @Test
    void ipv6AddressesAreBracketed() throws Exception {
        assertEquals("[::1]:7777",
                ListeningLine.hostAndPort(new InetSocketAddress(InetAddress.getByName("::1"), 7777)));
    }
}
