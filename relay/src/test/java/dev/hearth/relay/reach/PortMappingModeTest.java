package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortMappingModeTest {

    @Test
    void autoTriesUpnpFirstThenPcpThenNatPmp() {
        assertEquals(List.of(MappingProtocol.UPNP_IGD, MappingProtocol.PCP, MappingProtocol.NAT_PMP),
                PortMappingMode.AUTO.protocols());
        assertEquals(List.of(MappingProtocol.NAT_PMP), PortMappingMode.NATPMP.protocols());
        assertEquals(List.of(), PortMappingMode.OFF.protocols());
    }

    @Test
    void readsItsWordsInAnyCaseAndRejectsOthers() {
        assertEquals(PortMappingMode.UPNP, PortMappingMode.parse(" UPnP "));
        assertEquals(PortMappingMode.OFF, PortMappingMode.parse("off"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortMappingMode.parse("on"));
        assertEquals("'on' is not one of auto, upnp, natpmp, pcp, off", e.getMessage());
    }
}
