package dev.hearth.relay.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Routes {@link System.Logger} (backed by java.util.logging) to stderr, one line per record:
 * {@code 2026-11-22T13:00:00.123 INFO dev.hearth.relay.Relay: message}. What is logged is
 * metadata only; message text never reaches a logger.
 */
final class ConsoleLogging {

    static final String FORMAT = "%1$tFT%1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

    private ConsoleLogging() {}

    /** Leaves logging alone when the operator configured java.util.logging themselves. */
    static void install() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        // SimpleFormatter reads its format when constructed, so this must come first.
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        LogManager.getLogManager().reset();
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        root.setLevel(Level.INFO);
    }
}
