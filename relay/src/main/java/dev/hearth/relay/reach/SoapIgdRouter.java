package dev.hearth.relay.reach;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * A UPnP Internet Gateway Device (version 1 or 2) spoken to directly with SOAP over HTTP:
 * {@code GetExternalIPAddress}, {@code AddPortMapping} (again to renew) and
 * {@code DeletePortMapping}, which both versions have. Our own because the library could not read
 * an IGD version 1 router's empty {@code AddPortMappingResponse} and retried at other ports.
 */
final class SoapIgdRouter implements Router {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** UPnP error 725: the router keeps mappings until removed, no lease (many IGD v1 routers). */
    private static final int ONLY_PERMANENT_LEASES = 725;
    private static final String DESCRIPTION = "Hearth relay";

    private final IgdService service;
    private final InetAddress internalClient;

    SoapIgdRouter(IgdService service, InetAddress internalClient) {
        this.service = service;
        this.internalClient = internalClient;
    }

    /** Reads the description at {@code location}; empty when it names no WAN connection service. */
    static Optional<SoapIgdRouter> at(URI location) throws IOException {
        byte[] description = get(location);
        Optional<IgdService> service = IgdService.fromDescription(description, location);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SoapIgdRouter(service.get(),
                DefaultGateway.localAddressToward(InetAddress.getByName(service.get().controlUrl().getHost()))));
    }

    @Override
    public MappingProtocol protocol() {
        return MappingProtocol.UPNP_IGD;
    }

    @Override
    public Lease map(int port, Duration lease) throws RouterRefusal {
        InetAddress external = externalAddress();
        try {
            try {
                add(port, lease);
                return new SoapLease(external, port, lease);
            } catch (Fault fault) {
                if (fault.code != ONLY_PERMANENT_LEASES || lease.isZero()) {
                    throw fault;
                }
                add(port, Duration.ZERO);
                return new SoapLease(external, port, Duration.ZERO);
            }
        } catch (Fault fault) {
            throw fault.refusal();
        }
    }

    @Override
    public Lease renew(Lease current, Duration lease) throws RouterRefusal {
        return map(current.externalPort(), current.lifetime().isZero() ? Duration.ZERO : lease);
    }

    @Override
    public void unmap(Lease lease) {
        try {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("NewRemoteHost", "");
            arguments.put("NewExternalPort", lease.externalPort());
            arguments.put("NewProtocol", "TCP");
            call("DeletePortMapping", arguments);
        } catch (Fault | RouterRefusal e) {
            // Gone already, or the router went away: either way the lease lapses on its own.
        }
    }

    /** The router's public address, asked on its own (GetExternalIPAddress); empty when it will not say. */
    Optional<InetAddress> publicAddress() {
        try {
            return Optional.of(externalAddress());
        } catch (RouterRefusal refusal) {
            return Optional.empty();
        }
    }

    private InetAddress externalAddress() throws RouterRefusal {
        try {
            Document answer = call("GetExternalIPAddress", Map.of());
            String text = IgdService.text(answer.getDocumentElement(), "NewExternalIPAddress");
            if (text == null || text.isBlank() || !text.strip().matches("[0-9.:a-fA-F]+")) {
                throw new RouterRefusal("it has no public address to give (GetExternalIPAddress said '"
                        + (text == null ? "" : text.strip()) + "')");
            }
            return InetAddress.getByName(text.strip());
        } catch (Fault fault) {
            throw fault.refusal();
        } catch (IOException e) {
            throw new RouterRefusal("its answer could not be read: " + e.getMessage());
        }
    }

    private void add(int port, Duration lease) throws Fault, RouterRefusal {
        // Map.of has no order; the arguments go in the order the service description lists them.
        call("AddPortMapping", new java.util.LinkedHashMap<>(Map.of()) {
            {
                put("NewRemoteHost", "");
                put("NewExternalPort", port);
                put("NewProtocol", "TCP");
                put("NewInternalPort", port);
                put("NewInternalClient", internalClient.getHostAddress());
                put("NewEnabled", 1);
                put("NewPortMappingDescription", DESCRIPTION);
                put("NewLeaseDuration", lease.toSeconds());
            }
        });
    }

    /** One SOAP action; a UPnP error becomes a {@link Fault}, silence or nonsense a refusal. */
    private Document call(String action, Map<String, ?> arguments) throws Fault, RouterRefusal {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\"?><s:Envelope"
                + " xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:" + action
                + " xmlns:u=\"" + service.serviceType() + "\">");
        arguments.forEach((name, value) -> body.append('<').append(name).append('>').append(value).append("</")
                .append(name).append('>'));
        body.append("</u:").append(action).append("></s:Body></s:Envelope>");
        try {
            HttpURLConnection http = (HttpURLConnection) service.controlUrl().toURL().openConnection();
            http.setConnectTimeout((int) TIMEOUT.toMillis());
            http.setReadTimeout((int) TIMEOUT.toMillis());
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "text/xml; charset=\"utf-8\"");
            http.setRequestProperty("SOAPAction", "\"" + service.serviceType() + "#" + action + "\"");
            try (OutputStream out = http.getOutputStream()) {
                out.write(body.toString().getBytes(StandardCharsets.UTF_8));
            }
            int status = http.getResponseCode();
            try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
                byte[] reply = in == null ? new byte[0] : in.readNBytes(256 * 1024);
                if (status == 200) {
                    return IgdService.parse(reply);
                }
                throw Fault.from(action, status, reply);
            } finally {
                http.disconnect();
            }
        } catch (IOException e) {
            throw new RouterRefusal("it did not answer " + action + ": " + e.getMessage());
        }
    }

    private static byte[] get(URI location) throws IOException {
        HttpURLConnection http = (HttpURLConnection) location.toURL().openConnection();
        http.setConnectTimeout((int) TIMEOUT.toMillis());
        http.setReadTimeout((int) TIMEOUT.toMillis());
        try (InputStream in = http.getInputStream()) {
            return in.readNBytes(1024 * 1024);
        } finally {
            http.disconnect();
        }
    }

    /** A UPnP error: its code and the router's description, for the host to read. */
    static final class Fault extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        private Fault(int code, String message) {
            super(message);
            this.code = code;
        }

        static Fault from(String action, int status, byte[] reply) {
            try {
                Document fault = IgdService.parse(reply);
                String code = IgdService.text(fault.getDocumentElement(), "errorCode");
                String description = IgdService.text(fault.getDocumentElement(), "errorDescription");
                int number = code == null ? -1 : Integer.parseInt(code.strip());
                return new Fault(number, action + " failed with UPnP error " + number
                        + (description == null || description.isBlank() ? "" : " (" + description.strip() + ")"));
            } catch (IOException | NumberFormatException e) {
                return new Fault(-1, action + " failed with HTTP " + status);
            }
        }

        RouterRefusal refusal() {
            return new RouterRefusal(getMessage());
        }
    }

    private record SoapLease(InetAddress externalAddress, int externalPort, Duration lifetime) implements Lease {}
}
