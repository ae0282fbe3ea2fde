package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsdpSearchTest {

    @Test
    void asksForAGatewayWithinTheWait() {
        String request = SsdpSearch.request("urn:schemas-upnp-org:device:InternetGatewayDevice:1", Duration.ofSeconds(3));

        assertTrue(request.startsWith("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n"), request);
        assertTrue(request.contains("MAN: \"ssdp:discover\"\r\nMX: 2\r\n"), request);
        assertTrue(request.endsWith("ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n\r\n"), request);
    }

    @Test
    void readsTheLocationOfAnAnswerInAnyCase() {
        String answer = "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nlocation: http://192.168.77.1:40493/rootDesc.xml"
                + "\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n\r\n";

        assertEquals(Optional.of(URI.create("http://192.168.77.1:40493/rootDesc.xml")), SsdpSearch.location(answer));
    }

    @Test
    void ignoresWhatIsNoAnswerOrNoHttpLocation() {
        assertEquals(Optional.empty(), SsdpSearch.location("NOTIFY * HTTP/1.1\r\nLOCATION: http://a/b\r\n\r\n"));
        assertEquals(Optional.empty(), SsdpSearch.location("HTTP/1.1 200 OK\r\nLOCATION: file:///etc/passwd\r\n\r\n"));
        assertEquals(Optional.empty(), SsdpSearch.location("HTTP/1.1 200 OK\r\nLOCATION: http://[bad\r\n\r\n"));
        assertEquals(Optional.empty(), SsdpSearch.location("HTTP/1.1 200 OK\r\nST: x\r\n\r\n"));
    }
}
