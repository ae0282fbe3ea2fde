package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearth.protocol.Invite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged relay asks a real router daemon (miniupnpd, in network namespaces of its own, see
 * {@link RouterLab}) to open its port: each protocol maps, renews and removes; a router that
 * refuses, no router at all, and the carrier's NAT each get their own verdict.
 */
class PortMappingIT {

    private static final Duration ROUTER_WAIT = Duration.ofSeconds(40);
    private static final Pattern LISTENING = Pattern.compile("listening on \\S+:(\\d+) ");

    @TempDir
    Path temp;

    private RouterLab lab;
    private RelayProcess relay;

    @BeforeAll
    static void needsNamespaces() {
        Optional<String> why = RouterLab.unavailable();
        assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElseThrow());
    }

    @AfterEach
    void cleanUp() {
        if (relay != null) {
            relay.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @ParameterizedTest(name = "{0}, IGD v1 {2}")
    @CsvSource({"upnp, UPnP-IGD, false", "upnp, UPnP-IGD, true", "natpmp, NAT-PMP, false", "pcp, PCP, false"})
    void mapsRenewsAndRemovesTheRelaysPort(String mode, String protocol, boolean igdV1) throws Exception {
        RouterLab.Setup router = RouterLab.Setup.publicAddress();
        lab = RouterLab.start(temp, igdV1 ? router.asIgdV1() : router);
        relay = startRelay(mode, "--port-mapping-lease", "6");
        int port = port(relay);

        String mapped = relay.awaitStderr("port mapping: mapped", ROUTER_WAIT);
        assertTrue(mapped.contains("mapped 11.22.33.1:" + port + " by " + protocol), mapped);
        assertTrue(lab.forwards().contains("192.168.77.2:" + port), "the router forwards the port:\n" + lab.forwards());
        String outside = relay.awaitStdout(line -> line.contains("invite for friends outside: "), Duration.ofSeconds(10));
        Invite invite = Invite.parse(outside.substring(outside.indexOf("hearth://")));
        assertEquals("11.22.33.1", invite.host(), outside);
        assertEquals(port, invite.port(), outside);
        assertTrue(relay.awaitStderr("reachability: ", Duration.ofSeconds(5))
                .contains("friends outside reach this relay at 11.22.33.1:" + port));
        String ipv6 = relay.awaitStdout(line -> line.contains("invite over IPv6: "), Duration.ofSeconds(5));
        assertEquals(RouterLab.LAN_GLOBAL_IPV6, Invite.parse(ipv6.substring(ipv6.indexOf("hearth://"))).host()
                .replaceAll("[\\[\\]]", ""), ipv6);
        String ipv6Line = relay.awaitStderr("IPv6: this machine has the global address " + RouterLab.LAN_GLOBAL_IPV6,
                Duration.ofSeconds(5));
        assertTrue(ipv6Line.contains("friends with IPv6 reach [" + RouterLab.LAN_GLOBAL_IPV6 + "]:" + port), ipv6Line);
        relay.awaitStderr("hairpin: ", Duration.ofSeconds(5));

        assertTrue(relay.awaitStderr("port mapping: renewed", Duration.ofSeconds(15)).contains(protocol));

        assertTrue(lab.connectFromOutside(port), "a friend on the internet side connects through the router");
        String reached = relay.awaitStderr("reached from outside: ", Duration.ofSeconds(10));
        assertTrue(reached.contains("(network 11.22.33.0/24)"), reached);

        relay.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close our ends of its pipes
        assertEquals(0, relay.awaitExit(Duration.ofSeconds(20)), "exit code after SIGTERM");
        assertTrue(String.join("\n", relay.stderr()).contains("port mapping: removed 11.22.33.1:" + port),
                String.join("\n", relay.stderr()));
        awaitGone(port);
    }

    /** Each protocol asks the router's public address on its own, so a refusal still gets a verdict. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"upnp, UPnP-IGD", "natpmp, NAT-PMP"})
    void aRouterThatRefusesIsReportedWithItsReason(String mode, String protocol) throws Exception {
        lab = RouterLab.start(temp, RouterLab.Setup.refusing());
        relay = startRelay(mode);
        String refused = relay.awaitStderr("port mapping: ", ROUTER_WAIT);
        assertTrue(refused.contains("the router said no (" + protocol + ": "), refused);
        assertFalse(lab.forwards().contains("192.168.77.2"), lab.forwards());
        String verdict = relay.awaitStderr("reachability: ", Duration.ofSeconds(10));
        assertTrue(verdict.contains("the router's public address is 11.22.33.1, but the port is not forwarded"),
                verdict);
    }

    @Test
    void noRouterAtAllIsSaidSo() throws Exception {
        lab = RouterLab.withoutDaemon(temp);
        relay = startRelay("auto");
        String none = relay.awaitStderr("port mapping: ", ROUTER_WAIT);
        assertTrue(none.contains("no router answered (UPnP-IGD, PCP, NAT-PMP)"), none);
        assertTrue(relay.awaitStderr("reachability: ", Duration.ofSeconds(10)).contains("unknown"));
    }

    @Test
    void theCarriersNatGetsTheCarrierGradeNatVerdict() throws Exception {
        lab = RouterLab.start(temp, RouterLab.Setup.carrierGradeNat());
        relay = startRelay("natpmp");
        int port = port(relay);
        assertTrue(relay.awaitStderr("port mapping: ", ROUTER_WAIT).contains("mapped 100.64.0.1:" + port));
        String verdict = relay.awaitStderr("reachability: ", Duration.ofSeconds(10));
        assertTrue(verdict.contains("carrier-grade NAT") && verdict.contains("mesh VPN"), verdict);
        relay.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close our ends of its pipes
        assertEquals(0, relay.awaitExit(Duration.ofSeconds(20)));
        assertFalse(relay.stdout().stream().anyMatch(line -> line.contains("invite for friends outside")),
                "an address friends cannot reach never goes into an invite: " + relay.stdout());
    }

    @Test
    void doctorAsksTheRouterAndTriesAMappingWhenNoRelayHoldsThePort() throws Exception {
        lab = RouterLab.start(temp, RouterLab.Setup.publicAddress());
        RelayProcess doctor = RelayProcess.startInNamespace(lab.lan(), temp, "doctor", "--port", "7777", "--open",
                "--data-dir", temp.resolve("data").toString(), "--port-mapping", "auto");
        assertEquals(RelayMain.FAILURE, doctor.awaitExit(ROUTER_WAIT), "no relay listens: " + doctor.stdout());
        String report = String.join("\n", doctor.stdout());

        assertTrue(report.contains("listening: nothing answers on 127.0.0.1:7777"), report);
        assertTrue(report.contains("port mapping: a router answers UPnP-IGD, PCP, NAT-PMP; its public address is"
                + " 11.22.33.1"), report);
        assertTrue(report.contains("port mapping: a trial mapping of 11.22.33.1:7777 by UPnP-IGD was granted and"
                + " removed again"), report);
        assertTrue(report.contains("reachability: friends outside reach this relay at 11.22.33.1:7777"), report);
        assertTrue(report.contains("addresses: 192.168.77.2 (private)"), report);
        assertTrue(report.contains("next: start the relay"), report);
        awaitGone(7777);
    }

    @Test
    void doctorGivesTheCarriersNatItsVerdictAndTheWayOut() throws Exception {
        lab = RouterLab.start(temp, RouterLab.Setup.carrierGradeNat());
        RelayProcess doctor = RelayProcess.startInNamespace(lab.lan(), temp, "doctor", "--port", "7777", "--open",
                "--data-dir", temp.resolve("data").toString(), "--port-mapping", "natpmp");
        doctor.awaitExit(ROUTER_WAIT);
        String report = String.join("\n", doctor.stdout());

        assertTrue(report.contains("reachability: carrier-grade NAT: the router's public address 100.64.0.1"), report);
        assertTrue(report.contains("next: port forwarding at home cannot let friends in; read "
                + "docs/self-hosting.md#when-port-forwarding-cannot-work"), report);
    }

    private RelayProcess startRelay(String mode, String... more) throws Exception {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"--port", "0", "--open", "--data-dir", temp.resolve("data").toString(),
            "--port-mapping=" + mode}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return RelayProcess.startInNamespace(lab.lan(), temp, args);
    }

    private static int port(RelayProcess relay) throws InterruptedException {
        Matcher listening = LISTENING.matcher(relay.awaitStdout(l -> l.contains("listening on"), Duration.ofSeconds(30)));
        assertTrue(listening.find());
        return Integer.parseInt(listening.group(1));
    }

    /** NAT-PMP and PCP removals reach nftables a moment after the daemon answers. */
    private void awaitGone(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (lab.forwards().contains("192.168.77.2:" + port)) {
            assertTrue(System.nanoTime() < deadline, "the forward is still there:\n" + lab.forwards());
            Thread.sleep(200);
        }
    }
}
