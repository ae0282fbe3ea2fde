package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgdServiceTest {

    private static final URI LOCATION = URI.create("http://192.168.77.1:40493/rootDesc.xml");

    private static String description(String urlBase, String... services) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < services.length; i += 2) {
            list.append("<service><serviceType>").append(services[i]).append("</serviceType><controlURL>")
                    .append(services[i + 1]).append("</controlURL></service>");
        }
        return "<?xml version=\"1.0\"?><root xmlns=\"urn:schemas-upnp-org:device-1-0\">" + urlBase
                + "<device><deviceList><device><deviceList><device><serviceList>" + list
                + "</serviceList></device></deviceList></device></deviceList></device></root>";
    }

    private static Optional<IgdService> read(String xml) throws IOException {
        return IgdService.fromDescription(xml.getBytes(StandardCharsets.UTF_8), LOCATION);
    }

    @Test
    void prefersVersionTwoAndResolvesTheControlUrlAgainstTheDescription() throws IOException {
        IgdService service = read(description("",
                "urn:schemas-upnp-org:service:WANIPConnection:1", "/ctl/IPConn1",
                "urn:schemas-upnp-org:service:WANIPConnection:2", "/ctl/IPConn")).orElseThrow();

        assertEquals("urn:schemas-upnp-org:service:WANIPConnection:2", service.serviceType());
        assertEquals(URI.create("http://192.168.77.1:40493/ctl/IPConn"), service.controlUrl());
    }

    @Test
    void takesVersionOneOrADslRoutersPppServiceAndItsUrlBase() throws IOException {
        assertEquals("urn:schemas-upnp-org:service:WANIPConnection:1", read(description("",
                "urn:schemas-upnp-org:service:Layer3Forwarding:1", "/l3f",
                "urn:schemas-upnp-org:service:WANIPConnection:1", "/ctl/IPConn")).orElseThrow().serviceType());
        IgdService ppp = read(description("<URLBase>http://10.0.0.138:49000</URLBase>",
                "urn:schemas-upnp-org:service:WANPPPConnection:1", "upnp/control/WANPPPConn1")).orElseThrow();
        assertEquals(URI.create("http://10.0.0.138:49000/upnp/control/WANPPPConn1"), ppp.controlUrl());
    }

    @Test
    void aDeviceWithoutAWanConnectionIsNoGateway() throws IOException {
        assertEquals(Optional.empty(), read(description("", "urn:schemas-upnp-org:service:WANIPv6FirewallControl:1",
                "/ctl/IP6FCtl")));
    }

    @Test
    void aDescriptionWithADoctypeIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root>&x;</root>";
        IOException e = assertThrows(IOException.class, () -> read(xxe));
        assertTrue(e.getMessage().startsWith("unreadable XML from the router"), e.getMessage());
    }

    @Test
    void aUpnpErrorNamesItsCodeAndDescription() {
        String fault = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>"
                + "<UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>718</errorCode>"
                + "<errorDescription>ConflictInMappingEntry</errorDescription></UPnPError></detail></s:Fault>"
                + "</s:Body></s:Envelope>";

        SoapIgdRouter.Fault parsed = SoapIgdRouter.Fault.from("AddPortMapping", 500,
                fault.getBytes(StandardCharsets.UTF_8));

        assertEquals(718, parsed.code);
        assertEquals("AddPortMapping failed with UPnP error 718 (ConflictInMappingEntry)", parsed.getMessage());
        assertEquals("AddPortMapping failed with HTTP 503",
                SoapIgdRouter.Fault.from("AddPortMapping", 503, new byte[0]).getMessage());
    }
}
