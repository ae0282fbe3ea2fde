package dev.hearth.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.hearth.protocol.InvalidInviteException.Mistake;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InviteTest {

    private static final String FP = "sha256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

    @Test
    void formatsTlsInviteWithFingerprint() {
        Invite invite = Invite.tls("myhost", 7777, FP, null);

        assertEquals("hearth://myhost:7777?fp=" + FP, invite.format());
    }

    @Test
    void roundTripsTlsInviteWithPassword() {
        Invite invite = Invite.tls("relay.example.org", 443, FP, "open sesame");

        assertEquals("hearth://relay.example.org:443?fp=" + FP + "&pw=open%20sesame", invite.format());
        assertEquals(invite, Invite.parse(invite.format()));
    }

    @Test
    void percentEncodesEverythingOutsideUnreservedCharacters() {
        Invite invite = Invite.tls("h", 1, FP, "a b&c=d%e+f~g.h_i-j/k?密码");

        String pw = invite.format().substring(invite.format().indexOf("&pw=") + 4);
        assertEquals("a%20b%26c%3Dd%25e%2Bf~g.h_i-j%2Fk%3F%E5%AF%86%E7%A0%81", pw);
        assertEquals("a b&c=d%e+f~g.h_i-j/k?密码", Invite.parse(invite.format()).password());
    }

    @Test
    void plusInAPasswordIsNotASpace() {
        assertEquals("a+b", Invite.parse("hearth+tcp://h:1?pw=a+b").password());
    }

    @Test
    void acceptsRawNonAsciiPasswordPastedUnencoded() {
        assertEquals("密码", Invite.parse("hearth+tcp://h:1?pw=密码").password());
    }

    @Test
    void bracketsIpv6HostsAndReadsThemBack() {
        Invite invite = Invite.tls("2001:db8::1", 7777, FP, null);

        assertEquals("hearth://[2001:db8::1]:7777?fp=" + FP, invite.format());
        assertEquals("2001:db8::1", Invite.parse(invite.format()).host());
    }

    @Test
    void escapesTheZoneOfALinkLocalAddress() {
        Invite invite = Invite.plaintext("fe80::1%eth0", 7777, null);

        assertEquals("hearth+tcp://[fe80::1%25eth0]:7777", invite.format());
        assertEquals(invite, Invite.parse(invite.format()));
    }

    @Test
    void formatsPlaintextInviteWithoutFingerprint() {
        assertEquals("hearth+tcp://10.0.0.5:7777", Invite.plaintext("10.0.0.5", 7777, null).format());
        assertEquals("hearth+tcp://10.0.0.5:7777?pw=x%20y", Invite.plaintext("10.0.0.5", 7777, "x y").format());
    }

    @Test
    void parsesPlaintextInvite() {
        Invite invite = Invite.parse("hearth+tcp://10.0.0.5:7777");

        assertFalse(invite.tls());
        assertNull(invite.fingerprint());
        assertNull(invite.password());
        assertEquals(7777, invite.port());
    }

    @Test
    void toleratesWhitespaceTrailingSlashUpperCaseSchemeAndUnknownKeys() {
        Invite invite = Invite.parse("  HEARTH://myhost:7777/?fp=" + FP + "&future=1&&pw=x\n");

        assertEquals(Invite.tls("myhost", 7777, FP, "x"), invite);
    }

    @Test
    void rejectsTlsInviteWithoutFingerprint() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Invite.parse("hearth://myhost:7777?pw=x"));

        assertTrue(e.getMessage().contains("no fingerprint"), e.getMessage());
    }

    @Test
    void rejectsPlaintextInviteCarryingFingerprint() {
        assertThrows(IllegalArgumentException.class, () -> Invite.parse("hearth+tcp://h:1?fp=" + FP));
    }

    static Stream<Arguments> malformedInvites() {
        return Stream.of(
                arguments("", Mistake.EMPTY, null),
                arguments("garbage", Mistake.NO_SCHEME, null),
                arguments("http://myhost:7777", Mistake.UNKNOWN_SCHEME, "http"),
                arguments("hearth://", Mistake.NO_FINGERPRINT, null),
                arguments("hearth://myhost?fp=" + FP, Mistake.NO_PORT, null),
                arguments("hearth://myhost:0?fp=" + FP, Mistake.BAD_PORT, null),
                arguments("hearth://myhost:70000?fp=" + FP, Mistake.BAD_PORT, null),
                arguments("hearth://myhost:77a?fp=" + FP, Mistake.BAD_PORT, null),
                arguments("hearth://2001:db8::1:7777?fp=" + FP, Mistake.IPV6_UNBRACKETED, null),
                arguments("hearth://[2001:db8::1:7777?fp=" + FP, Mistake.IPV6_UNCLOSED, null),
                arguments("hearth://[2001:db8::zz]:7777?fp=" + FP, Mistake.BAD_HOST, "2001:db8::zz"),
                arguments("hearth://my host:7777?fp=" + FP, Mistake.BAD_HOST, "my host"),
                arguments("hearth://user@host:7777?fp=" + FP, Mistake.BAD_HOST, "user@host"),
                arguments("hearth://myhost:7777?fp=sha256:short", Mistake.BAD_FINGERPRINT, null),
                arguments("hearth://myhost:7777?fp=" + FP + "&fp=" + FP, Mistake.REPEATED_KEY, "fp"),
                arguments("hearth+tcp://h:1?fp=" + FP, Mistake.PLAINTEXT_WITH_FINGERPRINT, null),
                arguments("hearth+tcp://h:1?pw=%zz", Mistake.GARBLED_VALUE, "pw"),
                arguments("hearth+tcp://h:1?pw=%FF", Mistake.GARBLED_VALUE, "pw"),
                arguments("hearth+tcp://h:1?pw=%E5%AF", Mistake.GARBLED_VALUE, "pw"));
    }

    @ParameterizedTest
    @MethodSource("malformedInvites")
    void rejectsMalformedInvitesNamingTheMistake(String text, Mistake mistake, String subject) {
        InvalidInviteException e = assertThrows(InvalidInviteException.class, () -> Invite.parse(text));

        assertEquals(mistake, e.mistake(), e.getMessage());
        assertEquals(subject, e.subject(), e.getMessage());
        assertTrue(e.getMessage().startsWith("not a valid Hearth invite: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void treatsEmptyPasswordAsAbsent() {
        assertNull(Invite.parse("hearth+tcp://h:1?pw=").password());
    }

    @Test
    void keepsThePasswordOutOfToString() {
        Invite invite = Invite.tls("h", 1, FP, "hunter2");

        assertFalse(invite.toString().contains("hunter2"), invite.toString());
        assertTrue(invite.toString().contains("with password"));
    }

    @Test
    void refusesToBuildInvalidInvites() {
        assertThrows(IllegalArgumentException.class, () -> Invite.tls("h", 1, "md5:abc", null));
        assertThrows(IllegalArgumentException.class, () -> Invite.tls("h", 1, FP, ""));
        assertThrows(IllegalArgumentException.class, () -> Invite.plaintext("bad host", 1, null));
        assertThrows(IllegalArgumentException.class, () -> Invite.plaintext("[::1]", 1, null));
        assertThrows(NullPointerException.class, () -> Invite.tls("h", 1, null, null));
    }
}
