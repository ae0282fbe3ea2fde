package dev.hearth.relay.cli;

/**
 * How many carrier threads run the relay's virtual threads: half the processors, at least one,
 * unless {@value #PROPERTY} was given on the command line.
 *
 * <p>Why not the JDK's default of one per processor: nearly all of a busy relay's time is the
 * write system calls that hand lines to the kernel, and each costs about the same whether it
 * carries one line or thirty. With a carrier per processor, a writer woken by a message runs at
 * once on an idle carrier and writes that message alone; with fewer carriers, the lines that
 * arrive while writers wait their turn leave together. Measured on two processors (scenario b
 * of docs/performance.md): 1.6 µs of relay CPU per delivery with two carriers and a p99 of 4 s,
 * 0.9 µs and 0.27 s with one, the same as the relay pinned to one processor.
 */
final class CarrierThreads {
    static final String PROPERTY = "jdk.virtualThreadScheduler.parallelism";

    private CarrierThreads() {
    }

    static int forProcessors(int processors) {
        return Math.max(1, processors / 2);
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
