package dev.hearth.relay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestTransport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The load tool, run for a few seconds against a relay in this process over the suite's
 * transport, so it cannot rot: every shape completes, counts every delivery, and reports in both
 * forms. What it measures is not asserted; that is what docs/performance.md is for.
 */
class BenchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RelayConfig CONFIG = RelayConfig.builder().bind(InetAddress.getLoopbackAddress()).port(0)
            .password("bench door").build();

    @Test
    void sessionsSendingAsFastAsTheRelayAllowsAreAllDeliveredAndReported() throws Exception {
        try (Relay relay = TestTransport.startRelay(CONFIG)) {
            Run run = bench(relay, "--sessions", "6", "--rooms", "2", "--messages", "10", "--json");
            assertEquals(0, run.exitCode, run.err);
            JsonNode report = JSON.readTree(run.out);
            assertEquals(6, report.get("ready").asInt());
            assertEquals(60, report.get("sent").asLong());
            assertEquals(60 * 2, report.get("expected").asLong(), "each message reaches the two others of its room");
            assertEquals(report.get("expected").asLong(), report.get("delivered").asLong());
            assertEquals(60, report.get("echoes").asLong());
            assertEquals(0, report.get("cutOffs").asLong());
            assertTrue(report.get("p99Ms").asDouble() > 0);
            assertEquals(Map.of(), JSON.convertValue(report.get("errors"), Map.class));
            assertEquals(TestTransport.name().startsWith("TLS"), !report.get("fingerprint").isNull());
        }
    }

    @Test
    void aFixedRateForADurationAndIdleSessionsEndByThemselves() throws Exception {
        try (Relay relay = TestTransport.startRelay(CONFIG)) {
            Run paced = bench(relay, "--sessions", "4", "--rate", "12", "--duration", "1");
            assertEquals(0, paced.exitCode, paced.err);
            assertTrue(paced.out.contains("delivered  36 of 36 (100.000 %)"), paced.out);

            Run idle = bench(relay, "--sessions", "5", "--rooms", "0", "--duration", "1", "--json");
            assertEquals(0, idle.exitCode, idle.err);
            JsonNode report = JSON.readTree(idle.out);
            assertEquals(5, report.get("ready").asInt());
            assertEquals("idle", report.get("shape").asText());
        }
    }

    @Test
    void aWrongPasswordOrABadOptionIsOneLineAndAnExitCode() throws Exception {
        try (Relay relay = TestTransport.startRelay(CONFIG)) {
            Run refused = run(relay, Map.of(BenchCommand.PASSWORD_ENV, "not it"), "--sessions", "2", "--messages", "1");
            assertEquals(1, refused.exitCode);
            assertTrue(refused.err.contains("no session got in: {auth-failed=2}"), refused.err);
        }
        Run bad = run(null, Map.of(), "--messages", "5", "--rate", "10");
        assertEquals(2, bad.exitCode);
        assertTrue(bad.err.startsWith("hearth-relay bench: give --messages"), bad.err);
    }

    @Test
    void sessionsWhoseConnectionsAreCutResumeAndNothingIsLost() throws Exception {
        try (Relay relay = TestTransport.startRelay(CONFIG);
             CuttingProxy proxy = new CuttingProxy(relay.port())) {
            // At the default rate (5 a second, 20 at once) 40 messages each take about four seconds.
            CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> run(proxy.port(),
                    Map.of(BenchCommand.PASSWORD_ENV, "bench door"), "--sessions", "4", "--messages", "40", "--json"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (proxy.bytesToClients() < 40_000 && System.nanoTime() < deadline) {
                Thread.sleep(10); // until the burst is flowing
            }
            proxy.cutAll();
            Run run = running.get(60, TimeUnit.SECONDS);
            assertEquals(0, run.exitCode, run.err);
            JsonNode report = JSON.readTree(run.out);
            assertEquals(4, report.get("cutOffs").asLong(), run.out);
            assertEquals(4, report.get("resumptions").asLong(), run.out);
            assertEquals(4 * 40 * 3, report.get("expected").asLong(), run.out);
            assertEquals(report.get("expected").asLong(), report.get("delivered").asLong(), "nothing lost: " + run.out);
            assertEquals(4 * 40, report.get("echoes").asLong(), "every say confirmed once: " + run.out);
        }
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run bench(Relay relay, String... options) {
        return run(relay, Map.of(BenchCommand.PASSWORD_ENV, "bench door"), options);
    }

    private static Run run(Relay relay, Map<String, String> env, String... options) {
        return run(relay == null ? 0 : relay.port(), env, options);
    }

    private static Run run(int port, Map<String, String> env, String... options) {
        List<String> args = new ArrayList<>(List.of("--quiet"));
        if (port != 0) {
            args.addAll(List.of("--port", Integer.toString(port)));
            if (!TestTransport.name().startsWith("TLS")) {
                args.add("--plaintext");
            }
        }
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchCommand.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
        return new Run(code, out.toString(), err.toString());
    }
}
