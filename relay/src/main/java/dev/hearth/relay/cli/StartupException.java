package dev.hearth.relay.cli;

/** The configuration is fine but the relay could not start (port taken, data directory unusable): exit code 1. */
final class StartupException extends Exception {

    StartupException(String reason) {
        super(reason);
    }

    StartupException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
