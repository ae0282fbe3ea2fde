package dev.hearth.relay.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Notices a new password in the file it came from, so a host changes the door without a restart:
 * {@code hearth-relay password --new}, or an edited {@code --password-file}. Polling a file this
 * small costs nothing and works the same on every platform, inside a systemd sandbox too. A file
 * that is missing or unreadable for a moment (an editor saving) keeps the current password and
 * says so once.
 *
 * <p>Runs on one scheduler thread only, so its fields need no guarding.
 */
final class PasswordWatch implements Runnable {

    static final Duration PERIOD = Duration.ofSeconds(2);

    /** Reads the password anew; the exception's message says what is wrong with the file. */
    @FunctionalInterface
    interface Source {
        String read() throws UsageException;
    }

    private final Source source;
    private final Consumer<String> onChange;
    private final PrintWriter err;
    private String current;
    private String lastProblem;

    PasswordWatch(String current, Source source, Consumer<String> onChange, PrintWriter err) {
        this.current = current;
        this.source = source;
        this.onChange = onChange;
        this.err = err;
    }

    @Override
    public void run() {
        String read;
        try {
            read = source.read();
        } catch (UsageException e) {
            if (!e.getMessage().equals(lastProblem)) {
                lastProblem = e.getMessage();
                err.println("hearth-relay: warning: keeping the current password: " + e.getMessage());
                err.flush();
            }
            return;
        }
        lastProblem = null;
        if (!read.equals(current)) {
            current = read;
            onChange.accept(read);
        }
    }

    @Override
    public String toString() {
        return "PasswordWatch";
    }
}
