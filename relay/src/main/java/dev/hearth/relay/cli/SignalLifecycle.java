package dev.hearth.relay.cli;

import dev.hearth.relay.Relay;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Serves until the process gets SIGTERM or SIGINT (Ctrl-C). The shutdown hook runs on its own
 * thread, tells every connection {@code shutting-down} through {@link Relay#shutdown()}, and
 * ends the process with exit code 0. The main thread only waits.
 */
final class SignalLifecycle implements RelayLifecycle {

    private final PrintWriter err;

    SignalLifecycle(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void run(Relay relay, Runnable announce) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(relay), "hearth-relay-shutdown"));
        announce.run();
        waitForever();
    }

    /**
     * Reports through the console writer rather than the logger: java.util.logging resets its
     * handlers in a shutdown hook of its own, which may run before this one finishes.
     */
    private void stop(Relay relay) {
        int exitCode = RelayMain.OK;
        err.println("hearth-relay: stopping");
        try {
            relay.shutdown();
            err.println("hearth-relay: stopped");
        } catch (RuntimeException e) {
            err.println("hearth-relay: shutdown failed: " + e);
            exitCode = RelayMain.FAILURE;
        }
        err.flush();
        System.out.flush();
        System.err.flush();
        // A JVM ended by a signal exits with 128 + signal (143 for SIGTERM) even after every hook
        // has run; halting from the hook is the only way to report the clean stop as 0.
        Runtime.getRuntime().halt(exitCode);
    }

    private static void waitForever() {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // Only a signal ends the relay; the hook halts the process.
            }
        }
    }
}
