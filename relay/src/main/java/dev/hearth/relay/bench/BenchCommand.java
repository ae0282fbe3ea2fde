package dev.hearth.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hearth.protocol.Invite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code hearth-relay bench}: puts a relay, this one or any other, under a load of many sessions
 * and reports what it delivered and how fast, in the spirit of {@code redis-benchmark} and
 * {@code nats bench}. Exit code 0 after a run (whatever it measured), 2 for a bad option, 1 when
 * the relay could not be reached at all.
 */
@Command(name = "hearth-relay bench", sortOptions = false, mixinStandardHelpOptions = true,
        version = "hearth-relay bench",
        description = {"Opens many sessions to a Hearth relay, has them talk, and reports sessions set up per second,",
                "deliveries per second, end-to-end latency percentiles, errors, cut-offs and resumptions.",
                "Stops by itself. Every message carries its send time; sender and receivers are this process."},
        footer = {"", "Presets: a (50 sessions x 200 messages as fast as allowed), ap (the same at 10,000/s),",
                "b (500 sessions, 2,000 messages/s for 10 s), join2k, join5k, join10k, idle10k.",
                "", "Example:", "  hearth-relay bench --invite 'hearth://host:7777?fp=sha256:...' --preset a"})
public final class BenchCommand {

    static final String PASSWORD_ENV = "HEARTH_PASSWORD";

    @Option(names = "--invite", paramLabel = "INVITE", description = "The relay's invite: host, port, key and password in one.")
    String invite;

    @Option(names = "--host", paramLabel = "HOST", description = "Relay host. Default: ${DEFAULT-VALUE}.")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Relay port. Default: ${DEFAULT-VALUE}.")
    int port = 7777;

    @Option(names = "--plaintext", description = "Connect without TLS (a relay run with --plaintext).")
    boolean plaintext;

    @Option(names = "--fingerprint", paramLabel = "sha256:...",
            description = "Pin the relay's key; without it the key shown is taken and reported.")
    String fingerprint;

    @Option(names = "--password-file", paramLabel = "PATH",
            description = "File whose first line is the relay's password. Default: " + PASSWORD_ENV + " if set.")
    Path passwordFile;

    @Option(names = "--preset", paramLabel = "NAME", description = "A named scenario (see below).")
    String preset;

    @Option(names = "--sessions", paramLabel = "N", description = "Sessions to open. Default: 50.")
    Integer sessions;

    @Option(names = "--rooms", paramLabel = "N", description = "Rooms to spread them over (0: none). Default: 1.")
    Integer rooms;

    @Option(names = "--messages", paramLabel = "N",
            description = "Messages each session sends as fast as the relay allows.")
    Integer messages;

    @Option(names = "--rate", paramLabel = "PER_SECOND", description = "Messages per second over all sessions together.")
    Integer rate;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "How long --rate is offered, or sessions without traffic are held. Default: 10.")
    Integer duration;

    @Option(names = "--size", paramLabel = "BYTES", description = "Length of each message's text. Default: ${DEFAULT-VALUE}.")
    int size = 100;

    @Option(names = "--connect-concurrency", paramLabel = "N",
            description = "Logins under way at once. Default: ${DEFAULT-VALUE}.")
    int connectConcurrency = 100;

    @Option(names = "--setup-timeout", paramLabel = "SECONDS",
            description = "How long logging in and joining may take. Default: ${DEFAULT-VALUE}.")
    int setupTimeout = 120;

    @Option(names = "--json", description = "Print the report as one JSON object instead of a table.")
    boolean json;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    private BenchCommand() {
    }

    /** Parses {@code args}, runs, prints; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        BenchCommand command = new BenchCommand();
        CommandLine line = new CommandLine(command).setUsageHelpLongOptionsMaxWidth(24);
        BenchPlan plan;
        try {
            line.parseArgs(args);
            if (line.isUsageHelpRequested()) {
                line.usage(out);
                out.flush();
                return 0;
            }
            if (line.isVersionHelpRequested()) {
                line.printVersionHelp(out);
                out.flush();
                return 0;
            }
            plan = command.plan(env);
        } catch (ParameterException | IllegalArgumentException e) {
            err.println("hearth-relay bench: " + e.getMessage());
            err.println("Try 'hearth-relay bench --help'.");
            err.flush();
            return 2;
        }
        try {
            BenchReport report = new BenchRun(plan, command.quiet ? new PrintWriter(PrintWriter.nullWriter()) : err).run();
            if (report.ready() == 0) {
                err.println("hearth-relay bench: no session got in: " + (report.errors().isEmpty() ? "no answer"
                        : report.errors()));
                err.flush();
                return 1;
            }
            out.print(command.json ? json(report) + System.lineSeparator() : report.table());
            out.flush();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private BenchPlan plan(Map<String, String> env) {
        BenchPreset chosen = preset == null ? null : BenchPreset.named(preset);
        int sessionCount = pick(sessions, chosen == null ? null : chosen.sessions, 50);
        int roomCount = pick(rooms, chosen == null ? null : chosen.rooms, 1);
        boolean trafficGiven = messages != null || rate != null;
        int messagesEach = pick(messages, trafficGiven || chosen == null ? null : chosen.messagesEach, 0);
        int totalRate = pick(rate, trafficGiven || chosen == null ? null : chosen.totalRate, 0);
        long seconds = duration != null ? duration
                : chosen != null && !chosen.duration.isZero() ? chosen.duration.toSeconds() : 10;
        return new BenchPlan(target(env), sessionCount, roomCount, messagesEach, totalRate, Duration.ofSeconds(seconds),
                size, connectConcurrency, Duration.ofSeconds(setupTimeout), Duration.ofSeconds(60));
    }

    private BenchTarget target(Map<String, String> env) {
        String password = password(env);
        if (invite != null) {
            Invite parsed = Invite.parse(invite);
            return new BenchTarget(parsed.host(), parsed.port(), parsed.tls(), parsed.fingerprint(),
                    password != null ? password : parsed.password());
        }
        return new BenchTarget(host, port, !plaintext, fingerprint, password);
    }

    private String password(Map<String, String> env) {
        if (passwordFile != null) {
            try {
                String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
                if (first.isEmpty()) {
                    throw new IllegalArgumentException(passwordFile + " is empty");
                }
                return first;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + passwordFile + ": " + e.getMessage());
            }
        }
        String fromEnv = env.get(PASSWORD_ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }

    private static int pick(Integer given, Integer fromPreset, int fallback) {
        return given != null ? given : fromPreset != null ? fromPreset : fallback;
    }

    static String json(BenchReport report) {
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("a report is plain data", e);
        }
    }
}
