package dev.hearth.relay.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A home network in three Linux network namespaces: "wan" (the internet, with a STUN server when
 * asked), "router" (miniupnpd speaking UPnP-IGD, NAT-PMP and PCP, forwarding with nftables) and
 * "lan" (where the relay runs). Nothing touches the machine's own network. Needs root, iproute2,
 * nftables and miniupnpd; {@link #unavailable()} says what is missing.
 */
final class RouterLab implements AutoCloseable {

    static final String LAN_ADDRESS = "192.168.77.2";
    static final String ROUTER_LAN_ADDRESS = "192.168.77.1";
    static final String LAN_GLOBAL_IPV6 = "2a01:4f8:77::2";

    /** How the router's WAN side looks and behaves. */
    /** @param igdV1 the router describes itself as UPnP-IGD version 1 (miniupnpd says version 2 unless told) */
    record Setup(String routerWan, String wanPeer, int prefix, boolean allowMappings, boolean stun, boolean igdV1) {
        /** A public address on the WAN side, mappings allowed. */
        static Setup publicAddress() {
            return new Setup("11.22.33.1", "11.22.33.2", 24, true, false, false);
        }

        /** The carrier's NAT in front: the router's WAN address is in 100.64.0.0/10. */
        static Setup carrierGradeNat() {
            return new Setup("100.64.0.1", "100.64.0.2", 10, true, true, false);
        }

        /** A router whose owner switched mapping off for everyone. */
        static Setup refusing() {
            return new Setup("11.22.33.1", "11.22.33.2", 24, false, false, false);
        }

        /** The same router, describing itself as an older UPnP-IGD version 1 device. */
        Setup asIgdV1() {
            return new Setup(routerWan, wanPeer, prefix, allowMappings, stun, true);
        }
    }

    private final String suffix = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    private final Path dir;
    private final Setup setup;
    private final List<Process> daemons = new ArrayList<>();

    private RouterLab(Path dir, Setup setup) {
        this.dir = dir;
        this.setup = setup;
    }

    /** Empty when namespaces and the router daemon can be used here, else why not. */
    static Optional<String> unavailable() {
        for (String tool : List.of("/usr/sbin/ip", "/usr/sbin/nft", "/usr/sbin/miniupnpd", "/usr/sbin/stund")) {
            if (!Files.isExecutable(Path.of(tool))) {
                return Optional.of(tool + " is not installed (.ci/run installs iproute2, nftables, miniupnpd, stun-server)");
            }
        }
        String probe = "hearth-probe-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        try {
            if (run(List.of("ip", "netns", "add", probe)) != 0) {
                return Optional.of("network namespaces cannot be made here (not root, or no CAP_SYS_ADMIN)");
            }
            run(List.of("ip", "netns", "del", probe));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot run ip: " + e.getMessage());
        }
    }

    /** Builds the namespaces and starts the daemons; the router is ready when this returns. */
    static RouterLab start(Path dir, Setup setup) throws IOException {
        RouterLab lab = new RouterLab(dir, setup);
        try {
            lab.build();
            return lab;
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /** A lab whose router is a plain NAT box with no port-mapping daemon. */
    static RouterLab withoutDaemon(Path dir) throws IOException {
        RouterLab lab = new RouterLab(dir, Setup.publicAddress());
        try {
            lab.network();
            return lab;
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    String lan() {
        return "hl-lan-" + suffix;
    }

    String router() {
        return "hl-rtr-" + suffix;
    }

    String wan() {
        return "hl-wan-" + suffix;
    }

    String routerWanAddress() {
        return setup.routerWan();
    }

    /** The router's port forwards as nftables lists them. */
    String forwards() throws IOException {
        return output(List.of("ip", "netns", "exec", router(), "nft", "list", "chain", "inet", "filter",
                "prerouting_miniupnpd"));
    }

    /** Opens a TCP connection from the internet side to {@code port} of the router, holds it a moment. */
    boolean connectFromOutside(int port) throws IOException {
        return run(List.of("ip", "netns", "exec", wan(), "timeout", "5", "bash", "-c",
                "exec 3<>/dev/tcp/" + setup.routerWan() + "/" + port + " && sleep 1")) == 0;
    }

    String routerLog() throws IOException {
        Path log = dir.resolve("miniupnpd.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void build() throws IOException {
        network();
        if (setup.stun()) {
            String secondary = setup.wanPeer().replaceFirst("\\.2$", ".3");
            must(List.of("ip", "-n", wan(), "addr", "add", secondary + "/" + setup.prefix(), "dev", "w" + suffix));
            daemons.add(daemon(wan(), dir.resolve("stund.log"), "stund", "-h", setup.wanPeer(), "-a", secondary));
        }
        Path conf = Files.writeString(dir.resolve("miniupnpd.conf"), miniupnpdConf(), StandardCharsets.US_ASCII);
        // Without a syslog daemon (/dev/log), miniupnpd writes every log line to /dev/console as well.
        // Refusing a NAT-PMP mapping, it tries all 65,535 external ports and logs each: through the
        // console that took it minutes under load, past the test's wait, and it ignored SIGTERM meanwhile.
        // Its own mount namespace sends the console to /dev/null; its -d log still reaches the file.
        daemons.add(daemon(router(), dir.resolve("miniupnpd.log"), "unshare", "--mount", "sh", "-c",
                "mount --bind /dev/null /dev/console && exec miniupnpd \"$@\"", "miniupnpd", "-f", conf.toString(), "-P",
                dir.resolve("miniupnpd.pid").toString(), "-d"));
        awaitRouterReady();
    }

    private void network() throws IOException {
        for (String namespace : List.of(wan(), router(), lan())) {
            must(List.of("ip", "netns", "add", namespace));
            must(List.of("ip", "-n", namespace, "link", "set", "lo", "up"));
        }
        link("w" + suffix, wan(), "wr" + suffix, router());
        link("l" + suffix, lan(), "lr" + suffix, router());
        address(wan(), "w" + suffix, setup.wanPeer() + "/" + setup.prefix());
        address(router(), "wr" + suffix, setup.routerWan() + "/" + setup.prefix());
        address(router(), "lr" + suffix, ROUTER_LAN_ADDRESS + "/24");
        address(lan(), "l" + suffix, LAN_ADDRESS + "/24");
        // A global IPv6 address as a provider hands out, which needs no port forwarding at all.
        must(List.of("ip", "-n", lan(), "addr", "add", LAN_GLOBAL_IPV6 + "/64", "dev", "l" + suffix, "nodad"));
        must(List.of("ip", "-n", lan(), "route", "add", "default", "via", ROUTER_LAN_ADDRESS));
        must(List.of("ip", "netns", "exec", router(), "sysctl", "-qw", "net.ipv4.ip_forward=1"));
        Path rules = Files.writeString(dir.resolve("router.nft"), routerRules(), StandardCharsets.US_ASCII);
        must(List.of("ip", "netns", "exec", router(), "nft", "-f", rules.toString()));
    }

    /** The chains miniupnpd fills, hooked in as Debian's nft_init.sh does, plus NAT for the LAN. */
    private String routerRules() {
        return """
                table inet filter {
                  chain miniupnpd { }
                  chain prerouting_miniupnpd { }
                  chain postrouting_miniupnpd { }
                  chain forward { type filter hook forward priority 0; policy drop; \
                ct state established,related accept; iifname "lr%1$s" accept; jump miniupnpd; }
                  chain prerouting { type nat hook prerouting priority -100; policy accept; \
                jump prerouting_miniupnpd; }
                  chain postrouting { type nat hook postrouting priority 100; policy accept; \
                jump postrouting_miniupnpd; oifname "wr%1$s" masquerade; }
                }
                """.formatted(suffix);
    }

    private String miniupnpdConf() {
        String rules = setup.allowMappings()
                ? "allow 1024-65535 192.168.77.0/24 1024-65535\ndeny 0-65535 0.0.0.0/0 0-65535\n"
                : "deny 0-65535 0.0.0.0/0 0-65535\n";
        String stun = setup.stun()
                ? "ext_perform_stun=yes\next_stun_host=" + setup.wanPeer() + "\next_stun_port=3478\n" : "";
        return """
                ext_ifname=wr%1$s
                listening_ip=lr%1$s
                http_port=0
                enable_natpmp=yes
                enable_upnp=yes
                secure_mode=yes
                system_uptime=yes
                min_lifetime=1
                uuid=04c45525-8386-472a-ac0d-%2$s
                lease_file=%3$s
                upnp_table_name=filter
                upnp_nat_table_name=filter
                upnp_forward_chain=miniupnpd
                upnp_nat_chain=prerouting_miniupnpd
                upnp_nat_postrouting_chain=postrouting_miniupnpd
                force_igd_desc_v1=%4$s
                """.formatted(suffix, "00000000" + suffix, dir.resolve("leases"), setup.igdV1() ? "yes" : "no")
                + stun + rules;
    }

    /** miniupnpd says it listens for NAT-PMP once it is ready; with STUN it first asks the WAN side. */
    private void awaitRouterReady() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (routerLog().contains("Listening for NAT-PMP")) {
                return;
            }
            if (!daemons.getLast().isAlive()) {
                throw new IOException("miniupnpd exited: " + routerLog());
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IOException("miniupnpd not ready within 20 s: " + routerLog());
    }

    private void link(String a, String namespaceA, String b, String namespaceB) throws IOException {
        must(List.of("ip", "link", "add", a, "type", "veth", "peer", "name", b));
        must(List.of("ip", "link", "set", a, "netns", namespaceA));
        must(List.of("ip", "link", "set", b, "netns", namespaceB));
    }

    private static void address(String namespace, String device, String cidr) throws IOException {
        must(List.of("ip", "-n", namespace, "addr", "add", cidr, "dev", device));
        must(List.of("ip", "-n", namespace, "link", "set", device, "up"));
    }

    private static Process daemon(String namespace, Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(List.of(command));
        return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Override
    public void close() {
        for (Process daemon : daemons.reversed()) {
            daemon.destroy();
            try {
                if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String namespace : List.of(lan(), router(), wan())) {
            try {
                // Deleting a namespace deletes the veth ends inside it, and so their peers.
                run(List.of("ip", "netns", "del", namespace));
            } catch (IOException e) {
                // Nothing more to do; the next lab has its own names.
            }
        }
    }

    private static void must(List<String> command) throws IOException {
        if (run(command) != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    private static int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String output(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
