package dev.hearth.relay.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.reach.PortMappingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostOptionsTest {

    @Test
    void byDefaultTheUsualPortTheRouterAskedAndTheNetworkTold() {
        HostOptions options = HostOptions.fromEnvironment(Map.of());
        assertEquals(7777, options.port());
        assertEquals(PortMappingMode.AUTO, options.portMapping());
        assertTrue(options.lanAnnounce());
    }

    @Test
    void theCommandLinesVariablesTurnMappingAndAnnouncementOff() {
        HostOptions options = HostOptions.fromEnvironment(Map.of("HEARTH_PORT_MAPPING", "off",
                "HEARTH_RELAY_LAN_ANNOUNCE", "OFF"));
        assertEquals(PortMappingMode.OFF, options.portMapping());
        assertFalse(options.lanAnnounce());
        assertEquals(PortMappingMode.UPNP, HostOptions.fromEnvironment(Map.of("HEARTH_PORT_MAPPING", "upnp")).portMapping());
    }

    @Test
    void anUnreadableVariableLeavesTheDefault() {
        HostOptions options = HostOptions.fromEnvironment(Map.of("HEARTH_PORT_MAPPING", "sometimes",
                "HEARTH_RELAY_LAN_ANNOUNCE", "maybe"));
        assertEquals(PortMappingMode.AUTO, options.portMapping());
        assertTrue(options.lanAnnounce());
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> HostOptions.defaults().withPort(70_000));
    }
}
