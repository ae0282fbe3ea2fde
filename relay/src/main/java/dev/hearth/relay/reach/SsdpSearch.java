package dev.hearth.relay.reach;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds UPnP Internet Gateway Devices with SSDP (UPnP Device Architecture 1.1, section 1.3): an
 * M-SEARCH for IGD version 1 and version 2 to the multicast group, then every answer's
 * {@code LOCATION} (the device description's URL) until {@code wait} is over.
 */
final class SsdpSearch {

    private static final InetSocketAddress GROUP = new InetSocketAddress("239.255.255.250", 1900);
    private static final List<String> TARGETS = List.of("urn:schemas-upnp-org:device:InternetGatewayDevice:2",
            "urn:schemas-upnp-org:device:InternetGatewayDevice:1");

    private SsdpSearch() {}

    /** @param local the address to search from (the one toward the router), or null for any */
    static List<URI> find(InetAddress local, Duration wait) throws IOException {
        Set<URI> found = new LinkedHashSet<>();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(local, 0))) {
            for (String target : TARGETS) {
                byte[] search = request(target, wait).getBytes(StandardCharsets.US_ASCII);
                socket.send(new DatagramPacket(search, search.length, GROUP));
            }
            long deadline = System.nanoTime() + wait.toNanos();
            byte[] buffer = new byte[2048];
            while (true) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
                DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(answer);
                } catch (SocketTimeoutException e) {
                    break;
                }
                location(new String(buffer, 0, answer.getLength(), StandardCharsets.US_ASCII)).ifPresent(found::add);
            }
        }
        return new ArrayList<>(found);
    }

    static String request(String target, Duration wait) {
        return "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: "
                + Math.max(1, wait.toSeconds() - 1) + "\r\nST: " + target + "\r\n\r\n";
    }

    /** The {@code LOCATION} header of an answer, if it is one and names an http URL. */
    static Optional<URI> location(String answer) {
        if (!answer.startsWith("HTTP/1.1 200")) {
            return Optional.empty();
        }
        for (String line : answer.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("location")) {
                try {
                    URI uri = URI.create(line.substring(colon + 1).strip());
                    return "http".equalsIgnoreCase(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
