package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKindTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "11.22.33.1, PUBLIC", "8.8.8.8, PUBLIC", "2a01:4f8::1, PUBLIC",
        "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.254, PRIVATE", "192.168.77.2, PRIVATE",
        "fd00::1, PRIVATE",
        "100.64.0.1, CARRIER_GRADE_NAT", "100.127.255.254, CARRIER_GRADE_NAT",
        "127.0.0.1, LOOPBACK", "::1, LOOPBACK",
        "169.254.1.1, LINK_LOCAL", "fe80::1, LINK_LOCAL",
        "0.0.0.0, RESERVED", "192.0.2.1, RESERVED", "198.51.100.7, RESERVED", "203.0.113.9, RESERVED",
        "198.18.0.1, RESERVED", "240.0.0.1, RESERVED", "224.0.0.251, RESERVED", "2001:db8::1, RESERVED",
        "ff02::fb, RESERVED"
    })
    void knowsWhereAnAddressLives(String address, AddressKind kind) throws UnknownHostException {
        assertEquals(kind, AddressKind.of(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "{0} is next to, not in, a special range")
    @CsvSource({"172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "192.169.0.1", "11.0.0.1"})
    void theEdgesOfTheRangesArePublic(String address) throws UnknownHostException {
        assertEquals(AddressKind.PUBLIC, AddressKind.of(InetAddress.getByName(address)));
    }
}
