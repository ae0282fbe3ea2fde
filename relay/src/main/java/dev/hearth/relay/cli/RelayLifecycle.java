package dev.hearth.relay.cli;

import dev.hearth.relay.Relay;

/**
 * How a started relay is kept running and stopped: by SIGTERM/SIGINT in production
 * ({@link SignalLifecycle}), by the test itself when {@link RelayMain#run} runs in-process.
 */
@FunctionalInterface
public interface RelayLifecycle {

    /**
     * Serves {@code relay} until it should stop, then shuts it down.
     *
     * @param announce prints the listening line; call it once the relay can be stopped, since
     *     whoever reads that line may stop the relay right away
     */
    void run(Relay relay, Runnable announce);
}
