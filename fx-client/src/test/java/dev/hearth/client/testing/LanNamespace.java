package dev.hearth.client.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A private two-machine network for tests that multicast: a Linux network namespace joined to
 * this one by a veth pair, a /30 of its own on each end. What is announced on the namespace's end
 * reaches only the test's end, never the machine's real network. Needs root and {@code ip};
 * tests using it are skipped elsewhere.
 *
 * <p>Run a process inside with {@link #exec()} in front of its command line. A copy of the relay's
 * test helper (dev.hearth.relay.lan), whose test classes this module cannot see.
 */
public final class LanNamespace implements AutoCloseable {

    private final String name;
    private final String hostSide;
    private final InetAddress hostAddress;
    private final InetAddress namespaceAddress;

    private LanNamespace(String id, int subnet) throws IOException {
        this.name = "hearth-lan-" + id;
        this.hostSide = "hl" + id + "h";
        String namespaceSide = "hl" + id + "n";
        String prefix = "10.213." + (subnet >> 6) + ".";
        int base = (subnet & 63) * 4;
        this.hostAddress = InetAddress.getByName(prefix + (base + 1));
        this.namespaceAddress = InetAddress.getByName(prefix + (base + 2));
        ip("netns", "add", name);
        try {
            ip("link", "add", hostSide, "type", "veth", "peer", "name", namespaceSide);
            ip("link", "set", namespaceSide, "netns", name);
            ip("addr", "add", hostAddress.getHostAddress() + "/30", "dev", hostSide);
            ip("link", "set", hostSide, "up");
            ip("-n", name, "addr", "add", namespaceAddress.getHostAddress() + "/30", "dev", namespaceSide);
            ip("-n", name, "link", "set", namespaceSide, "up");
            ip("-n", name, "link", "set", "lo", "up");
            // Multicast leaves by the veth, the namespace's only link, whatever socket sends it.
            ip("-n", name, "route", "add", "224.0.0.0/4", "dev", namespaceSide);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A new namespace and link; skips the test where the machine does not allow it. */
    public static LanNamespace create() throws IOException {
        assumeTrue(canCreate(), "needs root and the ip command to make a network namespace");
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        return new LanNamespace(id, ThreadLocalRandom.current().nextInt(1 << 14));
    }

    /** This namespace's end: where a test's own jmDNS listens. */
    public InetAddress hostAddress() {
        return hostAddress;
    }

    /** The namespace's end: what a relay inside binds to and announces. */
    public InetAddress namespaceAddress() {
        return namespaceAddress;
    }

    /** The words that run a command inside the namespace (ip execs it, so its pid is the command's). */
    public List<String> exec() {
        return List.of("ip", "netns", "exec", name);
    }

    @Override
    public void close() throws IOException {
        try {
            ipQuietly("link", "del", hostSide); // takes its peer in the namespace with it
        } finally {
            ipQuietly("netns", "del", name);
        }
    }

    private static boolean canCreate() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        try {
            return run(List.of("id", "-u")).strip().equals("0") && run(List.of("ip", "-V")) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void ip(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        run(command);
    }

    private static void ipQuietly(String... args) {
        try {
            ip(args);
        } catch (IOException e) {
            // Already gone: nothing is left to clean up.
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }
}
