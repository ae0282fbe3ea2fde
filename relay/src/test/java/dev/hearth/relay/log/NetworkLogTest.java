package dev.hearth.relay.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.net.NetworkPrefix;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The connection log's bounds, on fake time. */
class NetworkLogTest {
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> lines = new ArrayList<>();
    private final NetworkLog log = new NetworkLog(nanos::get, (level, line) -> lines.add(line));

    private static NetworkPrefix network(String address) throws Exception {
        return NetworkPrefix.of(InetAddress.getByName(address));
    }

    @Test
    void aChurningNetworkGetsTwentyLinesAMinuteThenOneSummary() throws Exception {
        NetworkPrefix churner = network("192.0.2.7");
        for (int i = 0; i < 5000; i++) {
            log.log(System.Logger.Level.INFO, churner, "conn#" + i + " 192.0.2.7: connected");
        }
        assertEquals(NetworkLog.LINES_PER_NETWORK, lines.size());

        nanos.addAndGet(Duration.ofSeconds(60).toNanos());
        log.summarise();
        assertEquals("192.0.2.0/24: 4980 more log lines left out in the last minute", lines.getLast());

        log.log(System.Logger.Level.INFO, churner, "a new minute");
        assertEquals("a new minute", lines.getLast(), "each minute starts afresh");
    }

    @Test
    void otherNetworksStillGetTheirLinesWhileOneChurns() throws Exception {
        for (int i = 0; i < 1000; i++) {
            log.log(System.Logger.Level.INFO, network("192.0.2.7"), "churn");
        }
        log.log(System.Logger.Level.INFO, network("198.51.100.1"), "a friend connected");
        assertEquals("a friend connected", lines.getLast());
    }

    @Test
    void theRelayAsAWholeIsBoundedToo() throws Exception {
        for (int n = 0; n < 200; n++) {
            for (int i = 0; i < 20; i++) {
                log.log(System.Logger.Level.INFO, network("10." + n + ".0.1"), "line");
            }
        }
        assertEquals(NetworkLog.LINES_PER_MINUTE, lines.size());
    }

    @Test
    void ipv6NetworksAreTheirSlash64() throws Exception {
        NetworkPrefix a = network("2001:db8:1:2::a");
        NetworkPrefix b = network("2001:db8:1:2:ffff::1");
        assertEquals(a, b);
        assertTrue(!a.equals(network("2001:db8:1:3::a")));
        assertEquals("2001:db8:1:2::/64", a.toString());
    }
}
