package dev.hearth.client.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.reach.PortMappingMode;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HostingOptionsTest {

    @Test
    void byDefaultTheRouterIsAskedAndTheNetworkTold() {
        var options = HostingOptions.from(Map.of(), new Properties());
        assertEquals(PortMappingMode.AUTO, options.portMapping());
        assertTrue(options.lanAnnounce());
        assertEquals(7777, options.port());
    }

    @Test
    void theTestSuitesSettingsKeepBothOff() {
        Properties lanOff = new Properties();
        lanOff.setProperty("hearth.lan", "off");
        var options = HostingOptions.from(Map.of("HEARTH_PORT_MAPPING", "off"), lanOff);
        assertEquals(PortMappingMode.OFF, options.portMapping());
        assertFalse(options.lanAnnounce());
        assertFalse(HostingOptions.from(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "off"), new Properties()).lanAnnounce());
    }

    @Test
    void aPortPropertyPicksAnotherPortAndNonsenseIsIgnored() {
        Properties port = new Properties();
        port.setProperty("hearth.host.port", "0");
        assertEquals(0, HostingOptions.from(Map.of(), port).port());
        port.setProperty("hearth.host.port", "99999");
        assertEquals(7777, HostingOptions.from(Map.of(), port).port());
    }
}
