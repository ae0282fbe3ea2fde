package dev.hearth.relay.reach;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The WAN connection service of a UPnP gateway, read from its device description: the service
 * type (its version decides the SOAP namespace) and the control URL the SOAP requests go to.
 * {@code WANIPConnection:2}, then {@code :1}, then {@code WANPPPConnection:1} (DSL routers).
 */
record IgdService(String serviceType, URI controlUrl) {

    private static final String[] PREFERRED = {"urn:schemas-upnp-org:service:WANIPConnection:2",
        "urn:schemas-upnp-org:service:WANIPConnection:1", "urn:schemas-upnp-org:service:WANPPPConnection:1"};

    /** @param location where the description came from, to resolve a relative control URL */
    static Optional<IgdService> fromDescription(byte[] xml, URI location) throws IOException {
        Document document = parse(xml);
        String base = text(document.getDocumentElement(), "URLBase");
        URI resolveAgainst = base == null || base.isBlank() ? location : URI.create(base.strip());
        NodeList services = document.getElementsByTagNameNS("*", "service");
        for (String wanted : PREFERRED) {
            for (int i = 0; i < services.getLength(); i++) {
                Element service = (Element) services.item(i);
                String type = text(service, "serviceType");
                String control = text(service, "controlURL");
                if (wanted.equals(type == null ? null : type.strip()) && control != null && !control.isBlank()) {
                    return Optional.of(new IgdService(wanted, resolveAgainst.resolve(control.strip())));
                }
            }
        }
        return Optional.empty();
    }

    /** A description is a router's word: no DTDs, no external entities. */
    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable XML from the router: " + e.getMessage(), e);
        }
    }

    /** The text of the first descendant named {@code name}, in any namespace, or null. */
    static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }
}
