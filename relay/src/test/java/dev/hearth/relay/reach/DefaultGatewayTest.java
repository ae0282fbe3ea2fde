package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultGatewayTest {

    private static final String HEADER =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT";

    @Test
    void readsTheGatewayOfTheDefaultRouteFromTheKernelsTable() throws Exception {
        List<String> table = List.of(HEADER,
                "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0",
                "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0");

        assertEquals(Optional.of(InetAddress.getByName("192.168.1.1")), DefaultGateway.parse(table));
    }

    @Test
    void takesTheLowestMetricAndSkipsRoutesThatAreDownOrDirect() throws Exception {
        List<String> table = List.of(HEADER,
                "wlan0\t00000000\t0100000A\t0003\t0\t0\t600\t00000000\t0\t0\t0",
                "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0",
                "eth1\t00000000\t01011FAC\t0002\t0\t0\t10\t00000000\t0\t0\t0",
                "tun0\t00000000\t00000000\t0001\t0\t0\t5\t00000000\t0\t0\t0");

        assertEquals(Optional.of(InetAddress.getByName("192.168.1.1")), DefaultGateway.parse(table));
    }

    @Test
    void noDefaultRouteOrNothingReadableIsEmpty() {
        assertEquals(Optional.empty(), DefaultGateway.parse(List.of(HEADER,
                "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0")));
        assertEquals(Optional.empty(), DefaultGateway.parse(List.of()));
        assertEquals(Optional.empty(), DefaultGateway.parse(List.of(HEADER, "garbage line here", "a b c d e f g h")));
    }
}
