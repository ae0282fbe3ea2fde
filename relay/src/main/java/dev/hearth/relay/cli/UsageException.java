package dev.hearth.relay.cli;

/** A bad option or an unusable configuration: exit code 2. The message is one line for the operator. */
final class UsageException extends Exception {

    UsageException(String reason) {
        super(reason);
    }
}
