package dev.hearth.relay.cli;

import dev.hearth.relay.bench.BenchCommand;
import dev.hearth.relay.time.Scheduler;
import dev.hearth.relay.time.ThreadScheduler;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code java -jar hearth-relay.jar}: parses the command line, starts the relay and maps every
 * outcome to an exit code: {@value #OK} normal (also after SIGTERM), {@value #FAILURE} could not
 * start, {@value #USAGE} bad option or configuration. Errors are one line
 * {@code hearth-relay: <reason>} on stderr, never a usage dump or a stack trace.
 */
public final class RelayMain {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private RelayMain() {}

    public static void main(String[] args) {
        CarrierThreads.chooseUnlessSet(); // before anything starts a virtual thread
        // Defence in depth: TLS 1.3 only on server sockets, even ones not made by ServerTls.
        System.setProperty("jdk.tls.server.protocols", "TLSv1.3");
        FatalErrorHandler.install();
        ConsoleLogging.install();
        PrintWriter out = new PrintWriter(System.out, true, System.out.charset());
        PrintWriter err = new PrintWriter(System.err, true, System.err.charset());
        int exitCode = run(args, out, err, System.getenv(), new SignalLifecycle(err), InviteHostName::machineName);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Everything {@link #main} does except exiting: returns the exit code once the relay has
     * stopped (or could not start), so tests can run it in-process.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
            RelayLifecycle lifecycle, Supplier<String> machineName) {
        return run(args, out, err, env, lifecycle, machineName, new ThreadScheduler("hearth-password-watch"));
    }

    /** @param watchScheduler runs the watch on the password's file */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
            RelayLifecycle lifecycle, Supplier<String> machineName, Scheduler watchScheduler) {
        if (args.length > 0 && args[0].equals("bench")) {
            // Its own options: it is a client of any relay, not this relay's configuration.
            return BenchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err, env);
        }
        try {
            Invocation invocation = Invocation.of(args);
            if (invocation.command() == Invocation.Command.VERSION) {
                out.println("hearth-relay " + Version.current());
                out.flush();
                return OK;
            }
            Optional<RelayOptions> options = new OptionsParser(out, env).parse(invocation.options());
            if (options.isEmpty()) {
                out.flush();
                return OK;
            }
            HostCommands host = new HostCommands(out, err, env, machineName);
            switch (invocation.command()) {
                case RUN -> new RelayLauncher(out, err, env, lifecycle, machineName, watchScheduler, Clock.systemUTC())
                        .launch(options.get());
                case INVITE -> host.invite(options.get());
                case NEW_PASSWORD -> host.newPassword(options.get());
                case DOCTOR -> {
                    return new Doctor(out, env).run(options.get());
                }
                case VERSION -> throw new IllegalStateException("answered above");
            }
            return OK;
        } catch (UsageException e) {
            return usageError(err, e.getMessage());
        } catch (StartupException e) {
            err.println("hearth-relay: " + oneLine(e.getMessage()));
            err.flush();
            return FAILURE;
        }
    }

    private static int usageError(PrintWriter err, String reason) {
        err.println("hearth-relay: " + oneLine(reason));
        err.println("Try 'hearth-relay --help'.");
        err.flush();
        return USAGE;
    }

    private static String oneLine(String text) {
        return text == null ? "unknown error" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
