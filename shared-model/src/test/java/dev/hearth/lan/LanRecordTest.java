package dev.hearth.lan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanRecordTest {

    static final String FP = "sha256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

    @Test
    void aRelayWithAFingerprintSpeaksTls() {
        LanRecord record = new LanRecord("hearth on kitchen", "192.168.1.20", 7777, FP, true, 1);

        assertTrue(record.tls());
        assertFalse(new LanRecord("x", "fe80::1%eth0", 1, null, false, 1).tls());
    }

    @Test
    void acceptsTheEdgesOfItsRanges() {
        new LanRecord("a".repeat(63), "h", 65_535, null, false, 1);
        new LanRecord("炉".repeat(21), "h", 1, null, false, 9999);
    }

    @Test
    void refusesWhatNoRelayCouldAnnounce() {
        assertRefused("the name is empty", " ", "h", 7777, FP, 1);
        assertRefused("the name is longer than 63 bytes", "a".repeat(64), "h", 7777, FP, 1);
        assertRefused("the name is longer than 63 bytes", "炉".repeat(22), "h", 7777, FP, 1);
        assertRefused("the name contains control characters", "a\nb", "h", 7777, FP, 1);
        assertRefused("host is empty", "n", "", 7777, FP, 1);
        assertRefused("host may only contain ASCII letters, digits, '-', '.' and '_' (at most 253)", "n", "h/x", 7777,
                FP, 1);
        assertRefused("port 0 is not between 1 and 65535", "n", "h", 0, FP, 1);
        assertRefused("port 65536 is not between 1 and 65535", "n", "h", 65_536, FP, 1);
        assertRefused("the fingerprint is not sha256: and 43 base64url characters", "n", "h", 7777, "sha256:abc", 1);
        assertRefused("protocol version 0 is not a version", "n", "h", 7777, FP, 0);
        assertThrows(NullPointerException.class, () -> new LanRecord(null, "h", 1, null, false, 1));
    }

    private static void assertRefused(String reason, String name, String host, int port, String fp, int protocol) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LanRecord(name, host, port, fp, false, protocol));
        assertEquals(reason, e.getMessage());
    }
}
