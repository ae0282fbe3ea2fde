package dev.hearth.relay.reach;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What can be known from inside about whether friends outside can reach the relay, and what to
 * do when they cannot: the router's public address and what kind it is, whether the router loops
 * its public address back (hairpin), and global IPv6 addresses that need no router at all.
 *
 * @param mapped true when the router forwards the port
 * @param external the router's public address, or null when no router told it
 * @param port the port friends connect to: the mapped external port, else the relay's own
 * @param hairpin null when not checked (nothing mapped), else whether connecting to the public
 *     address from here reached this machine
 * @param globalIpv6 this machine's global IPv6 addresses
 */
public record Reachability(boolean mapped, InetAddress external, int port, Boolean hairpin,
        List<InetAddress> globalIpv6) {

    static final Duration HAIRPIN_TIMEOUT = Duration.ofSeconds(2);
    public static final String GUIDE = "docs/self-hosting.md#when-port-forwarding-cannot-work";

    public Reachability {
        globalIpv6 = List.copyOf(globalIpv6);
    }

    public NatVerdict verdict() {
        return NatVerdict.of(external);
    }

    /** Checks hairpin when something is mapped; blocks for {@link #HAIRPIN_TIMEOUT} at most. */
    static Reachability check(MappingOutcome outcome, InetAddress external) {
        List<InetAddress> ipv6 = PublicAddresses.globalIpv6();
        if (outcome instanceof MappingOutcome.Mapped mapped) {
            return new Reachability(true, mapped.externalAddress(), mapped.externalPort(),
                    answersAt(mapped.externalAddress(), mapped.externalPort()), ipv6);
        }
        return new Reachability(false, external, 0, null, ipv6);
    }

    /** Whether connecting to the router's public address from here reaches a listener (the hairpin check). */
    public static boolean answersAt(InetAddress external, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external, port), (int) HAIRPIN_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @param relayPort the port the relay listens on, for advice on forwarding by hand */
    public List<String> lines(int relayPort) {
        List<String> lines = new ArrayList<>();
        lines.add("reachability: " + verdictInWords(relayPort));
        if (hairpin != null) {
            lines.add(hairpin
                    ? "hairpin: connecting to " + PublicAddresses.hostAndPort(external, port) + " from here reached"
                            + " this machine, so the router forwards it"
                    : "hairpin: " + PublicAddresses.hostAndPort(external, port) + " does not answer from inside"
                            + " this network; many routers do not loop back, so check from outside (a phone on"
                            + " mobile data): the relay logs \"reached from outside\" when someone gets in");
        }
        for (InetAddress address : globalIpv6) {
            lines.add("IPv6: this machine has the global address " + AddressText.of(address) + ": friends with"
                    + " IPv6 reach " + PublicAddresses.hostAndPort(address, relayPort) + " if the router's IPv6"
                    + " firewall lets TCP port " + relayPort + " in");
        }
        return lines;
    }

    private String verdictInWords(int relayPort) {
        return switch (verdict()) {
            case PUBLIC_ADDRESS -> mapped
                    ? "friends outside reach this relay at " + PublicAddresses.hostAndPort(external, port)
                            + ", the router's public address"
                    : "the router's public address is " + AddressText.of(external) + ", but the port is not"
                            + " forwarded: forward TCP port " + relayPort + " to this machine in the router's"
                            + " settings (docs/self-hosting.md)";
            case CARRIER_GRADE_NAT -> "carrier-grade NAT: the router's public address " + AddressText.of(external)
                    + " belongs to your internet provider's own NAT (100.64.0.0/10), so no port forwarding can"
                    + " let friends in. What works: IPv6 if your provider gives you one, the relay on a small"
                    + " VPS, or a mesh VPN (Tailscale, ZeroTier, Headscale); see " + GUIDE;
            case DOUBLE_NAT -> "double NAT: the router's public address " + AddressText.of(external) + " is"
                    + " itself private, so another router sits in front of it. Forward the port on that one as"
                    + " well (or put one of them in bridge mode), or use IPv6, a small VPS or a mesh VPN; see "
                    + GUIDE;
            case UNKNOWN -> "unknown: no router told its public address; forward TCP port " + relayPort
                    + " by hand and check from outside (a phone on mobile data); see docs/self-hosting.md";
        };
    }
}
