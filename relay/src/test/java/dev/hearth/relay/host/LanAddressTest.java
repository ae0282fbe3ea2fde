package dev.hearth.relay.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanAddressTest {

    @Test
    void aPrivateIpv4AddressComesFirst() {
        assertEquals("192.168.1.20", LanAddress.choose(addresses("2001:db8::7", "fe80::1", "100.70.1.2", "192.168.1.20")));
    }

    @Test
    void withoutOneAnyIpv4BeforeIpv6() {
        assertEquals("100.70.1.2", LanAddress.choose(addresses("fd00::5", "100.70.1.2")));
        assertEquals("fd00::5", LanAddress.choose(addresses("fe80::1", "fd00::5")));
    }

    @Test
    void noNetworkAtAllMeansThisComputer() {
        assertEquals("localhost", LanAddress.choose(addresses("127.0.0.1", "fe80::1")));
        assertEquals("localhost", LanAddress.choose(List.of()));
    }

    private static List<InetAddress> addresses(String... literals) {
        return Arrays.stream(literals).map(literal -> {
            try {
                return InetAddress.getByName(literal);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
