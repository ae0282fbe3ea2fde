package dev.hearth.relay.cli;

/**
 * How many carrier threads run the relay's virtual threads: one per processor, as the JDK
 * chooses, but never fewer than two, unless {@value #PROPERTY} was given on the command line.
 *
 * <p>Why never one: the JDK's scheduler (a {@code ForkJoinPool}) lets a carrier run the virtual
 * threads woken by virtual threads (a reader waking a writer, a lock handed on, a poller waking a
 * reader) from its own queue until that queue is empty, and only then looks at what other threads
 * submitted: every thread start, every timed wait's end and every wake-up from the JDK's master
 * I/O poller. Under a flood that one carrier cannot keep up with, its own queue never empties, so
 * those wait for as long as the flood lasts. Measured on one processor (scenario b of
 * docs/performance.md, the scheduler read every 200 ms with {@code jcmd Thread.vthread_scheduler}):
 * 930 submissions waiting for 12 s while the carrier ran only its own queue, writers started for
 * quiet connections never ran, nothing was written, and the relay cut off 250 to 400 of 500
 * readers that were reading all along. A second carrier takes what is submitted while the first is
 * busy; with it every run delivered everything.
 */
final class CarrierThreads {
    static final String PROPERTY = "jdk.virtualThreadScheduler.parallelism";
    private static final int FEWEST = 2;

    private CarrierThreads() {
    }

    static int forProcessors(int processors) {
        return Math.max(FEWEST, processors);
    }

    /**
     * Sets the scheduler's parallelism unless it was set already. Only takes effect before the
     * JVM's first virtual thread, so it is the first thing the relay's {@code main} does.
     */
    static void chooseUnlessSet() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Integer.toString(forProcessors(Runtime.getRuntime().availableProcessors())));
        }
    }
}
