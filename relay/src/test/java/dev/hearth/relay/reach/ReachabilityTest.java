package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    @Test
    void aMappedPublicAddressIsWhereFriendsConnect() throws Exception {
        Reachability mapped = new Reachability(true, InetAddress.getByName("11.22.33.1"), 7777, true, List.of());

        List<String> lines = mapped.lines(7777);

        assertEquals(NatVerdict.PUBLIC_ADDRESS, mapped.verdict());
        assertEquals("reachability: friends outside reach this relay at 11.22.33.1:7777, the router's public address",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("hairpin: connecting to 11.22.33.1:7777 from here reached"), lines.get(1));
    }

    @Test
    void theCarriersNatSaysWhatWorksInstead() throws Exception {
        String verdict = new Reachability(true, InetAddress.getByName("100.64.0.1"), 7777, false, List.of())
                .lines(7777).getFirst();

        assertTrue(verdict.startsWith("reachability: carrier-grade NAT: the router's public address 100.64.0.1"),
                verdict);
        assertTrue(verdict.contains("IPv6") && verdict.contains("VPS") && verdict.contains("mesh VPN")
                && verdict.contains(Reachability.GUIDE), verdict);
    }

    @Test
    void aPrivatePublicAddressIsDoubleNat() throws Exception {
        String verdict = new Reachability(false, InetAddress.getByName("192.168.0.2"), 0, null, List.of())
                .lines(7777).getFirst();

        assertTrue(verdict.startsWith("reachability: double NAT: "), verdict);
    }

    @Test
    void aRouterThatRefusedStillToldItsAddress() throws Exception {
        List<String> lines = new Reachability(false, InetAddress.getByName("11.22.33.1"), 0, null, List.of())
                .lines(7777);

        assertEquals(1, lines.size(), "no hairpin line when nothing is mapped");
        assertTrue(lines.getFirst().contains("the port is not forwarded: forward TCP port 7777"), lines.getFirst());
    }

    @Test
    void aGlobalIpv6AddressIsOffered() throws Exception {
        List<String> lines = new Reachability(false, null, 0, null, List.of(InetAddress.getByName("2a01:4f8::7")))
                .lines(7777);

        assertTrue(lines.getFirst().startsWith("reachability: unknown: "), lines.getFirst());
        assertTrue(lines.get(1).contains("friends with IPv6 reach [2a01:4f8::7]:7777"), lines.get(1));
    }

    @Test
    void hairpinIsAnActualConnection() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket listening = new ServerSocket(0, 1, loopback)) {
            MappingOutcome.Mapped mapped = new MappingOutcome.Mapped(MappingProtocol.NAT_PMP, loopback,
                    listening.getLocalPort(), java.time.Duration.ofHours(2));
            assertEquals(Boolean.TRUE, Reachability.check(mapped, loopback).hairpin());
        }
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, loopback)) {
            closedPort = gone.getLocalPort();
        }
        MappingOutcome.Mapped nobody = new MappingOutcome.Mapped(MappingProtocol.NAT_PMP, loopback, closedPort,
                java.time.Duration.ofHours(2));
        assertEquals(Boolean.FALSE, Reachability.check(nobody, loopback).hairpin());
    }
}
