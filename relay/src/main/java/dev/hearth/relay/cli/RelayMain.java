package dev.hearth.relay.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        RelayOptions options = new RelayOptions();
        RelayLauncher launcher = new RelayLauncher(out, err, env, lifecycle, machineName);
        return new CommandLine(options)
                .setOut(out)
                .setErr(err)
                .setUsageHelpLongOptionsMaxWidth(24)
                .setParameterExceptionHandler((e, arguments) -> usageError(err, reason(e, arguments)))
                .setExecutionStrategy(parsed -> launch(parsed, options, launcher, err))
                .execute(args);
    }

    private static int launch(ParseResult parsed, RelayOptions options, RelayLauncher launcher, PrintWriter err) {
        Integer helpExitCode = CommandLine.executeHelpRequest(parsed);
        if (helpExitCode != null) {
            return helpExitCode;
        }
        try {
            RelayOptions.rejectRepeats(parsed.commandSpec());
            launcher.launch(options);
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

    /** Never echoes what follows a would-be password option: that would print the secret. */
    private static String reason(ParameterException e, String[] arguments) {
        boolean passwordOption = Arrays.stream(arguments)
                .anyMatch(a -> a.equals("--password") || a.startsWith("--password="));
        if (passwordOption) {
            return "passwords are not accepted as options (they would show in the process list);"
                    + " use --password-file PATH or the " + PasswordSource.ENV + " environment variable";
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return e.getMessage() + " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        return e.getMessage();
    }

    private static String oneLine(String text) {
        return text == null ? "unknown error" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
