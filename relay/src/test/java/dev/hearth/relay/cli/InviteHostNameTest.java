package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.IDN;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "vm", "chat.example.org", "chat.example.org.", "chat..example", ".example",
        "example..", "a-b_c.d", "-lead.trail-", "bad host", "xn--bcher-kva.example", "UPPER.Case",
        "a23456789012345678901234567890123456789012345678901234567890123.org",
        "a234567890123456789012345678901234567890123456789012345678901234.org",
        "bücher.example", "例え.テスト", "a。b"})
    void asciiNamesGetWhatIdnWouldGiveWithoutIt(String name) {
        assertEquals(idn(name), ours(name));
    }

    private static String idn(String name) {
        try {
            return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static String ours(String name) {
        try {
            return InviteHostName.toAscii(name);
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }
}
