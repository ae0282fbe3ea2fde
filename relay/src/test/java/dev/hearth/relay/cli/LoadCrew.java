package dev.hearth.relay.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the threads of a load test share: when to stop, and what went wrong meanwhile (a failure
 * caused by the stop itself, a socket closed under a thread, is not one).
 */
final class LoadCrew {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Throwable> failures = new ArrayList<>(); // Guarded by itself

    /** A thread's work, which may fail any way. */
    interface Body {
        void run() throws Exception;
    }

    boolean stopping() {
        return stop.get();
    }

    void stop() {
        stop.set(true);
    }

    /** Runs {@code body}, keeping what it threw unless the crew was stopping. */
    void guarded(Body body) {
        try {
            body.run();
        } catch (Exception | AssertionError e) {
            if (!stop.get()) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        }
    }

    List<Throwable> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** 127.group.index.1: a network of its own for every client, so the per-network cap lets them all in. */
    static InetAddress address(int group, int index) throws IOException {
        return InetAddress.getByName("127." + group + "." + index + ".1");
    }
}
