package dev.hearth.lan;

import static dev.hearth.lan.LanRecordTest.FP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanTxtTest {

    @Test
    void writesTheLayoutVersionFirstThenProtocolFingerprintAndPassword() {
        Map<String, String> txt = LanTxt.write(new LanRecord("n", "h", 7777, FP, true, 1));

        assertEquals(List.of("txtvers", "proto", "fp", "pw"), List.copyOf(txt.keySet()));
        assertEquals(Map.of("txtvers", "1", "proto", "1", "fp", FP, "pw", "1"), txt);
    }

    @Test
    void aRelayWithoutTlsAnnouncesNoFingerprint() {
        Map<String, String> txt = LanTxt.write(new LanRecord("n", "h", 7777, null, false, 1));

        assertFalse(txt.containsKey("fp"));
        assertEquals("0", txt.get("pw"));
    }

    @Test
    void readsBackWhatItWrote() {
        LanRecord tls = new LanRecord("hearth on kitchen", "192.168.1.20", 7777, FP, true, 1);
        LanRecord plain = new LanRecord("炉", "10.0.0.2", 1, null, false, 2);

        assertEquals(tls, LanTxt.read(tls.name(), tls.host(), tls.port(), LanTxt.write(tls)));
        assertEquals(plain, LanTxt.read(plain.name(), plain.host(), plain.port(), LanTxt.write(plain)));
    }

    @Test
    void keysCompareCaseInsensitivelyAndUnknownKeysAreIgnored() {
        Map<String, String> txt = Map.of("TxtVers", "1", "PROTO", "1", "Fp", FP, "pW", "0", "colour", "red");

        LanRecord record = LanTxt.read("n", "h", 7777, txt);

        assertEquals(FP, record.fingerprint());
        assertFalse(record.passwordRequired());
    }

    @Test
    void aRecordWithoutItsLayoutVersionIsReadAsTheFirstLayout() {
        assertTrue(LanTxt.read("n", "h", 7777, Map.of("proto", "1", "pw", "1")).passwordRequired());
    }

    @Test
    void refusesMissingOrGarbledKeysSayingWhich() {
        assertRefused("there is no TXT record", null);
        assertRefused("TXT layout '2' is not known (txtvers=1 is)", Map.of("txtvers", "2", "proto", "1", "pw", "1"));
        assertRefused("proto (the protocol version) is missing", Map.of("pw", "1"));
        assertRefused("proto is not a version number: 'one'", Map.of("proto", "one", "pw", "1"));
        assertRefused("proto is not a version number: '-1'", Map.of("proto", "-1", "pw", "1"));
        assertRefused("proto is not a version number: '12345'", Map.of("proto", "12345", "pw", "1"));
        assertRefused("protocol version 0 is not a version", Map.of("proto", "0", "pw", "1"));
        assertRefused("pw (whether a password is needed) is missing", Map.of("proto", "1"));
        assertRefused("pw is 1 or 0, not 'yes'", Map.of("proto", "1", "pw", "yes"));
        assertRefused("fp is not sha256: and 43 base64url characters", Map.of("proto", "1", "pw", "1", "fp",
                FP.substring(1)));
        Map<String, String> bareKeys = new HashMap<>(Map.of("proto", "1"));
        bareKeys.put("pw", null);
        assertRefused("pw (whether a password is needed) is missing", bareKeys);
        Map<String, String> bareFingerprint = new HashMap<>(Map.of("proto", "1", "pw", "1"));
        bareFingerprint.put("fp", null);
        assertRefused("fp is not sha256: and 43 base64url characters", bareFingerprint);
    }

    @Test
    void refusesValuesTheRecordItselfRefuses() {
        Map<String, String> txt = LanTxt.write(new LanRecord("n", "h", 7777, FP, true, 1));

        assertEquals("not a valid Hearth announcement: port 0 is not between 1 and 65535",
                assertThrows(InvalidLanRecordException.class, () -> LanTxt.read("n", "h", 0, txt)).getMessage());
        assertEquals("not a valid Hearth announcement: host is empty",
                assertThrows(InvalidLanRecordException.class, () -> LanTxt.read("n", "", 7777, txt)).getMessage());
        assertEquals("not a valid Hearth announcement: name",
                assertThrows(InvalidLanRecordException.class, () -> LanTxt.read(null, "h", 7777, txt)).getMessage());
    }

    @Test
    void anErrorRepeatsOnlyAFewPrintableCharactersOfASpoofedValue() {
        InvalidLanRecordException e = assertThrows(InvalidLanRecordException.class,
                () -> LanTxt.read("n", "h", 7777, Map.of("proto", "1", "pw", "\u001b[31m" + "x".repeat(100))));

        assertEquals("not a valid Hearth announcement: pw is 1 or 0, not '[31mxxxxxxxxxxxx…'", e.getMessage());
        assertNull(LanTxt.read("n", "h", 7777, Map.of("proto", "1", "pw", "0")).fingerprint());
    }

    private static void assertRefused(String reason, Map<String, String> txt) {
        InvalidLanRecordException e = assertThrows(InvalidLanRecordException.class,
                () -> LanTxt.read("n", "h", 7777, txt));
        assertEquals("not a valid Hearth announcement: " + reason, e.getMessage());
    }
}
