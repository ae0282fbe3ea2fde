import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long relays take from exec to their "listening on" line, and their RSS a second later:
 * each launcher started in turn, round after round, so a machine busy for a while slows all of
 * them alike. A first, unmeasured start of each makes its identity in a data directory of its
 * own, as a host's first start does once. A launcher beside a {@code runtime} directory (an
 * unpacked .deb's {@code usr/lib/hearth-relay/bin/hearth-relay}) runs on that runtime.
 *
 * <pre>
 * java relay/tools/StartupTime.java [--runs N] LAUNCHER... [-- RELAY OPTIONS]
 * java relay/tools/StartupTime.java --runs 7 old/usr/lib/hearth-relay/bin/hearth-relay \
 *     new/usr/lib/hearth-relay/bin/hearth-relay -- --plaintext
 * </pre>
 */
public class StartupTime {

    public static void main(String[] args) throws Exception {
        int runs = 5;
        List<Path> launchers = new ArrayList<>();
        List<String> relayOptions = List.of();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--")) {
                relayOptions = Arrays.asList(args).subList(i + 1, args.length);
                break;
            } else {
                launchers.add(Path.of(args[i]).toAbsolutePath());
            }
        }
        if (launchers.isEmpty()) {
            System.err.println("usage: java relay/tools/StartupTime.java [--runs N] LAUNCHER... [-- RELAY OPTIONS]");
            System.exit(2);
        }
        Map<Path, Path> dataDirs = new LinkedHashMap<>();
        Map<Path, List<Long>> millis = new LinkedHashMap<>();
        Map<Path, List<Long>> rssMb = new LinkedHashMap<>();
        for (Path launcher : launchers) {
            dataDirs.put(launcher, Files.createTempDirectory("hearth-startup"));
            start(launcher, dataDirs.get(launcher), relayOptions); // makes the identity; not counted
            millis.put(launcher, new ArrayList<>());
            rssMb.put(launcher, new ArrayList<>());
        }
        for (int round = 0; round < runs; round++) {
            for (Path launcher : launchers) {
                Start measured = start(launcher, dataDirs.get(launcher), relayOptions);
                millis.get(launcher).add(measured.millis());
                rssMb.get(launcher).add(measured.rssMb());
            }
        }
        for (Path launcher : launchers) {
            System.out.printf("%s %s: %s ms, median %d ms; RSS median %d MB%n", launcher, String.join(" ", relayOptions),
                    sorted(millis.get(launcher)), median(millis.get(launcher)), median(rssMb.get(launcher)));
        }
    }

    /** Milliseconds to the "listening on" line, and RSS in MB one second after it. */
    private record Start(long millis, long rssMb) {}

    private static Start start(Path launcher, Path dataDir, List<String> relayOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--port", "0", "--bind", "127.0.0.1",
                "--data-dir", dataDir.toString()));
        command.addAll(relayOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "HEARTH_RELAY_CONFIG").forEach(env::remove);
        env.put("HEARTH_PASSWORD", "startup-time-password");
        env.put("HEARTH_PORT_MAPPING", "off");
        env.put("HEARTH_RELAY_LAN_ANNOUNCE", "off");
        Path runtime = launcher.getParent().resolveSibling("runtime");
        if (Files.isDirectory(runtime)) {
            env.put("JAVA_HOME", runtime.toString());
        }
        long started = System.nanoTime();
        Process relay = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains(" listening on ")) {
                // the log lines before it
            }
            if (line == null) {
                throw new IllegalStateException(launcher + " exited with " + relay.waitFor() + " before listening");
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Thread.sleep(1_000);
            long rss = rssMb(relay.pid());
            relay.destroy();
            relay.waitFor();
            return new Start(elapsed, rss);
        } finally {
            relay.destroyForcibly();
        }
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static List<Long> sorted(List<Long> values) {
        return values.stream().sorted().toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = sorted(values);
        return sorted.get(sorted.size() / 2);
    }
}
