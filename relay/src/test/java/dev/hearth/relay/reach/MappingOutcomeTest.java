package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingOutcomeTest {

    @Test
    void eachOutcomeIsOneLineAHostCanActOn() throws Exception {
        InetAddress external = InetAddress.getByName("11.22.33.1");

        assertEquals("port mapping: mapped 11.22.33.1:7777 by UPnP-IGD, renewed every 1 hour",
                new MappingOutcome.Mapped(MappingProtocol.UPNP_IGD, external, 7777, Duration.ofHours(2)).describe());
        assertEquals("port mapping: mapped 11.22.33.1:7777 by UPnP-IGD, permanent until the relay stops",
                new MappingOutcome.Mapped(MappingProtocol.UPNP_IGD, external, 7777, Duration.ZERO).describe());
        assertEquals("port mapping: the router said no (NAT-PMP: not authorised)",
                new MappingOutcome.Refused(MappingProtocol.NAT_PMP, "not authorised").describe());
        assertEquals("port mapping: no router answered (UPnP-IGD, PCP, NAT-PMP); forward the port by hand,"
                + " see docs/self-hosting.md", new MappingOutcome.NoRouter(PortMappingMode.AUTO.protocols()).describe());
        assertEquals("port mapping: removed 11.22.33.1:7777 (PCP)",
                new MappingOutcome.Removed(MappingProtocol.PCP, external, 7777).describe());
        assertEquals("port mapping: off (--port-mapping off)", new MappingOutcome.Off().describe());
    }

    @Test
    void anIpv6AddressIsBracketed() throws Exception {
        assertEquals("port mapping: renewed [2a01:4f8::1]:7777 by PCP", new MappingOutcome.Renewed(
                MappingProtocol.PCP, InetAddress.getByName("2a01:4f8::1"), 7777).describe());
    }

    @Test
    void aMappingWithoutAPortIsNoMapping() throws Exception {
        InetAddress external = InetAddress.getByName("11.22.33.1");
        assertThrows(IllegalArgumentException.class,
                () -> new MappingOutcome.Mapped(MappingProtocol.PCP, external, 0, Duration.ofHours(2)));
        assertThrows(NullPointerException.class,
                () -> new MappingOutcome.Mapped(MappingProtocol.PCP, null, 7777, Duration.ofHours(2)));
        assertEquals(List.of(), new MappingOutcome.NoRouter(List.of()).asked());
    }
}
