package dev.hearth.relay.reach;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The IPv4 router this machine sends the internet's traffic to, read from the kernel's routing
 * table on Linux ({@code /proc/net/route}) rather than by running {@code ip route} and parsing
 * its output. Elsewhere it is empty, and the library asks the operating system's tools instead.
 */
final class DefaultGateway {

    static final Path LINUX_ROUTES = Path.of("/proc/net/route");

    private DefaultGateway() {}

    static Optional<InetAddress> find() {
        try {
            return Files.isReadable(LINUX_ROUTES)
                    ? parse(Files.readAllLines(LINUX_ROUTES, StandardCharsets.US_ASCII)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The gateway of the lowest-metric route to 0.0.0.0/0 that is up (flag 1) and via a gateway (flag 2). */
    static Optional<InetAddress> parse(List<String> table) {
        InetAddress best = null;
        long bestMetric = Long.MAX_VALUE;
        for (String line : table.subList(Math.min(1, table.size()), table.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 8) {
                continue;
            }
            try {
                long destination = Long.parseLong(fields[1], 16);
                long gateway = Long.parseLong(fields[2], 16);
                int flags = Integer.parseInt(fields[3], 16);
                long metric = Long.parseLong(fields[6]);
                long mask = Long.parseLong(fields[7], 16);
                if (destination == 0 && mask == 0 && gateway != 0 && (flags & 0x3) == 0x3 && metric < bestMetric) {
                    best = littleEndianIpv4(gateway);
                    bestMetric = metric;
                }
            } catch (NumberFormatException e) {
                // Not a route line; the kernel's format has not changed since 2.2, but be lenient.
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * This machine's source address toward {@code peer} (a router, or any address beyond it): what
     * the router sees as the relay. A connected UDP socket asks the routing table and sends nothing.
     */
    static InetAddress localAddressToward(InetAddress peer) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(peer, NatPmpProbe.PORT);
            return socket.getLocalAddress();
        }
    }

    private static InetAddress littleEndianIpv4(long value) {
        byte[] bytes = {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
