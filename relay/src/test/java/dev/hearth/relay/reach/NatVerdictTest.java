package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NatVerdictTest {

    @ParameterizedTest(name = "a router whose public address is {0}: {1}")
    @CsvSource({"11.22.33.1, PUBLIC_ADDRESS", "100.72.0.9, CARRIER_GRADE_NAT", "192.168.1.1, DOUBLE_NAT",
        "10.0.0.138, DOUBLE_NAT", "0.0.0.0, UNKNOWN", "192.0.2.1, UNKNOWN"})
    void followsTheKindOfTheRoutersPublicAddress(String external, NatVerdict verdict) throws UnknownHostException {
        assertEquals(verdict, NatVerdict.of(InetAddress.getByName(external)));
    }

    @Test
    void noAddressToldIsUnknown() {
        assertEquals(NatVerdict.UNKNOWN, NatVerdict.of(null));
    }
}
