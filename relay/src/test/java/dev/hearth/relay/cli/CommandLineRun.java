package dev.hearth.relay.cli;

import dev.hearth.relay.Relay;
import dev.hearth.relay.time.Scheduler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link RelayMain#run} in-process, for tests of what the command line prints and leaves on disk.
 * A relay it starts is announced, handed to {@code whileRunning}, then shut down; the password
 * watch never runs on its own (its scheduler only records the task).
 */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun run(Map<String, String> env, String... args) {
        return run(env, relay -> { }, args);
    }

    static CommandLineRun run(Map<String, String> env, Consumer<Relay> whileRunning, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Scheduler manual = (period, task) -> () -> { };
        int exitCode = RelayMain.run(args, new PrintWriter(out), new PrintWriter(err), quiet(env),
                (relay, announce) -> {
                    try {
                        announce.run();
                        whileRunning.accept(relay);
                    } finally {
                        relay.shutdown();
                    }
                }, () -> "testhost", manual);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }

    /**
     * An in-process relay never asks the machine's router for a port nor announces itself on its
     * network, unless the test says so in {@code env}.
     */
    private static Map<String, String> quiet(Map<String, String> env) {
        Map<String, String> quiet = new HashMap<>(env);
        quiet.putIfAbsent(RelayOptions.PORT_MAPPING_ENV, "off");
        quiet.putIfAbsent(RelayOptions.LAN_ANNOUNCE_ENV, "off");
        return Map.copyOf(quiet);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The invite of the listening line. */
    String listeningInvite() {
        String line = outLines().stream().filter(l -> l.contains(" listening on ")).findFirst()
                .orElseThrow(() -> new AssertionError("no listening line; out=" + out + " err=" + err));
        return line.substring(line.indexOf(" invite ") + " invite ".length());
    }
}
