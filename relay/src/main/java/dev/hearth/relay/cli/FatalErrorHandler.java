package dev.hearth.relay.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * The relay process's last line of defence: any thread that dies of an uncaught {@link Error}
 * (out of memory, say) ends the process at once with {@value #EXIT_CODE}, so a supervisor restarts
 * it. Without this a relay whose accept or watchdog thread died would keep its port, ignore
 * SIGTERM and serve no one. The launchers also pass {@code -XX:+ExitOnOutOfMemoryError}, which
 * acts before any handler could run out of memory itself; this handler covers every other
 * {@link Error} and a JVM started without that flag.
 *
 * <p>An uncaught {@link RuntimeException} is a bug that costs its thread only: connection threads
 * catch their own, so one that gets here is reported and the process goes on.
 */
final class FatalErrorHandler implements Thread.UncaughtExceptionHandler {
    /** The same code the JVM's {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    static final int EXIT_CODE = 3;

    private final PrintStream err;
    private final IntConsumer halt;

    FatalErrorHandler(PrintStream err, IntConsumer halt) {
        this.err = err;
        this.halt = halt;
    }

    /** Makes this the handler of every thread of the process that has none of its own. */
    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new FatalErrorHandler(System.err, Runtime.getRuntime()::halt));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        if (problem instanceof Error) {
            // The heap may be exhausted, so saying why may itself fail: the halt comes regardless.
            try {
                err.println("hearth-relay: fatal: " + problem.getClass().getName() + " in thread " + thread.getName()
                        + "; exiting with " + EXIT_CODE + " so that a supervisor restarts the relay");
                err.flush();
            } finally {
                halt.accept(EXIT_CODE);
            }
            return;
        }
        // Type and place only, no message: it may quote what a peer sent.
        StackTraceElement[] where = problem.getStackTrace();
        String place = where.length > 0 ? " at " + where[0] : "";
        err.println("hearth-relay: error: " + problem.getClass().getName() + " in thread " + thread.getName() + place);
    }
}
