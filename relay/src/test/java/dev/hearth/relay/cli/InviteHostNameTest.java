package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class InviteHostNameTest {

    @Test
    void publicHostWins() throws Exception {
        assertEquals("chat.example.org",
                InviteHostName.choose("chat.example.org", InetAddress.getByName("10.0.0.1"), () -> "machine"));
    }

    @Test
    void specificBindAddressComesNext() throws Exception {
        assertEquals("10.0.0.1", InviteHostName.choose(null, InetAddress.getByName("10.0.0.1"), () -> "machine"));
    }

    @Test
    void ipv6BindAddressIsWrittenShort() throws Exception {
        assertEquals("::1", InviteHostName.choose(null, InetAddress.getByName("0:0:0:0:0:0:0:1"), () -> "machine"));
    }

    @Test
    void wildcardBindUsesTheMachineName() throws Exception {
        assertEquals("machine", InviteHostName.choose(null, InetAddress.getByName("0.0.0.0"), () -> "machine"));
        assertEquals("machine", InviteHostName.choose(null, null, () -> "machine"));
    }

    @Test
    void unknownOrUnusableMachineNameFallsBackToLocalhost() throws Exception {
        assertEquals("localhost", InviteHostName.choose(null, null, () -> null));
        assertEquals("localhost", InviteHostName.choose(null, null, () -> "bad name"));
    }

    @Test
    void internationalNamesBecomeTheirAsciiForm() throws Exception {
        assertEquals("xn--bcher-kva.example", InviteHostName.choose("bücher.example", null, () -> "m"));
    }

    @Test
    void bracketedIpv6PublicHostIsAccepted() throws Exception {
        assertEquals("2001:db8::1", InviteHostName.choose("[2001:db8::1]", null, () -> "m"));
    }

    @Test
    void unusablePublicHostIsAUsageError() {
        assertThrows(UsageException.class, () -> InviteHostName.choose("bad host", null, () -> "m"));
    }
}
